import { describe, expect, it } from 'vitest';
import type { Operation } from './extract-operations.ts';
import { matchOperation } from './match-operation.ts';

const ops: Operation[] = [
  { method: 'GET', template: '/organization/costs' },
  { method: 'GET', template: '/projects/{project_id}/users/{user_id}' },
  { method: 'POST', template: '/projects/{project_id}/users/{user_id}' },
  { method: 'GET', template: '/projects/me/users/{user_id}' },
  { method: 'GET', template: '/files/{file_id}.json' },
];

describe('matchOperation', () => {
  it('matches a literal path', () => {
    expect(matchOperation(ops, 'GET', '/organization/costs')).toEqual({ kind: 'match', operation: ops[0] });
  });

  it('matches path parameters, one segment each', () => {
    const result = matchOperation(ops, 'POST', '/projects/p1/users/u%20x');
    expect(result).toEqual({ kind: 'match', operation: ops[2] });
  });

  it('prefers the template with more literal segments', () => {
    expect(matchOperation(ops, 'GET', '/projects/me/users/u1')).toEqual({ kind: 'match', operation: ops[3] });
  });

  it('matches a parameter inside a segment', () => {
    expect(matchOperation(ops, 'GET', '/files/abc.json').kind).toBe('match');
    expect(matchOperation(ops, 'GET', '/files/.json').kind).toBe('unknown_path');
  });

  it('treats HEAD like GET and lower-case methods like upper-case', () => {
    expect(matchOperation(ops, 'HEAD', '/organization/costs').kind).toBe('match');
    expect(matchOperation(ops, 'get', '/organization/costs').kind).toBe('match');
  });

  it('reports a wrong method with the allowed ones', () => {
    expect(matchOperation(ops, 'DELETE', '/organization/costs')).toEqual({
      kind: 'wrong_method',
      allowed: ['GET', 'HEAD'],
    });
    expect(matchOperation(ops, 'PUT', '/projects/a/users/b')).toEqual({
      kind: 'wrong_method',
      allowed: ['GET', 'HEAD', 'POST'],
    });
  });

  it.each([
    ['/organization/costs/', 'trailing slash'],
    ['/organization/costs/extra', 'extra segment'],
    ['/organization', 'prefix only'],
    ['/projects//users/u', 'empty parameter'],
    ['/projects/p/users/', 'empty last parameter'],
    ['/projects/a/b/users/u', 'parameter spanning two segments'],
    ['/organization/%63osts', 'percent-encoded literal'],
    ['/Organization/costs', 'different case'],
    ['/', 'root'],
  ])('refuses %s (%s)', (path) => {
    expect(matchOperation(ops, 'GET', path)).toEqual({ kind: 'unknown_path' });
  });

  it('matches a template with a #fragment by the path before it (AWS style)', () => {
    const aws: Operation[] = [
      { method: 'DELETE', template: '/deleteresourceshare#resourceShareArn' },
      { method: 'POST', template: '/#X-Amz-Target=Svc.CreateThing' },
      { method: 'GET', template: '/things/{id}#detail' },
    ];
    expect(matchOperation(aws, 'DELETE', '/deleteresourceshare')).toEqual({
      kind: 'match',
      operation: aws[0],
    });
    expect(matchOperation(aws, 'POST', '/')).toEqual({ kind: 'match', operation: aws[1] });
    expect(matchOperation(aws, 'GET', '/things/7')).toEqual({ kind: 'match', operation: aws[2] });
    expect(matchOperation(aws, 'DELETE', '/deleteresourceshare#resourceShareArn').kind).toBe('unknown_path');
    expect(matchOperation(aws, 'GET', '/deleteresourceshare')).toEqual({
      kind: 'wrong_method',
      allowed: ['DELETE'],
    });
  });
});
