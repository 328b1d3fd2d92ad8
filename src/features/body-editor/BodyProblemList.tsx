import './body-problem-list.css';
import type { BodyProblem } from './JsonBodyEditor.tsx';

/** The body's schema problems as a list, each with its JSON pointer: what the raw JSON view shows. */
export function BodyProblemList({
  problems,
  id,
  label,
}: {
  problems: readonly BodyProblem[];
  id: string;
  label: string;
}) {
  if (problems.length === 0) return null;
  return (
    <ul className="body-problems field-error" id={id} aria-label={`Problems in ${label}`}>
      {problems.map(({ pointer, message }) => (
        <li key={`${pointer}\n${message}`}>
          <code>{pointer === '' ? '(whole body)' : pointer}</code> {message}
        </li>
      ))}
    </ul>
  );
}
