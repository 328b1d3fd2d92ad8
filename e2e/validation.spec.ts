/** Invalid values show a message beside the field, mark it invalid, and block Send (with "Send anyway"). */
import { expect, NOV_1_2024, test } from './support/fixtures.ts';

test('start_time is marked required; leaving it empty blocks Send with a message', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  // A fresh page has no start_time yet: nothing to send.
  await expect(tryit.sendButton).toBeDisabled();
  const startTime = tryit.field('start_time');
  // Marked where the name is, so sighted and screen-reader users both learn it.
  await expect(startTime).toHaveAccessibleName(/\brequired\b/i);
  await expect(tryit.field('end_time')).not.toHaveAccessibleName(/\brequired\b/i);

  await startTime.fill(String(NOV_1_2024));
  await expect(tryit.sendButton).toBeEnabled();
  await startTime.fill('');
  // The user moves on to the next field.
  await startTime.press('Tab');

  await expect(tryit.sendButton).toBeDisabled();
  await expect(tryit.tryIt.getByText('Fix start_time to send.')).toBeVisible();
  await expect(startTime).toHaveAttribute('aria-invalid', 'true');
  // Shown beside the field and tied to it (aria-describedby), so it is announced with the field.
  await expect(tryit.tryIt.getByText('Required', { exact: true })).toBeVisible();
  await expect(startTime).toHaveAccessibleDescription(/Required/);
  await expect(tryit.sendAnywayButton).toBeVisible();
});

test('limit 40 is too many daily buckets, and fine for hourly ones', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await expect(tryit.field('bucket_width')).toHaveValue('1d');
  const limit = tryit.field('limit');
  await limit.fill('40');

  const message = tryit.tryIt.getByText('Must be at most 31 when bucket_width is 1d');
  await expect(message).toBeVisible();
  await expect(limit).toHaveAccessibleDescription(/Must be at most 31 when bucket_width is 1d/);
  await expect(limit).toHaveAttribute('aria-invalid', 'true');
  await expect(tryit.sendButton).toBeDisabled();

  await tryit.field('bucket_width').selectOption('1h');

  await expect(message).toHaveCount(0);
  await expect(limit).not.toHaveAttribute('aria-invalid', 'true');
  await expect(tryit.sendButton).toBeEnabled();
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
});

test('end_time before start_time is refused with a message', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  const endTime = tryit.field('end_time');
  await endTime.fill(String(NOV_1_2024 - 86_400));

  await expect(tryit.tryIt.getByText('end_time must be after start_time')).toBeVisible();
  await expect(endTime).toHaveAccessibleDescription(/end_time must be after start_time/);
  await expect(endTime).toHaveAttribute('aria-invalid', 'true');
  await expect(tryit.sendButton).toBeDisabled();

  await endTime.fill(String(NOV_1_2024 + 86_400));
  await expect(tryit.tryIt.getByText('end_time must be after start_time')).toHaveCount(0);
  await expect(tryit.sendButton).toBeEnabled();
});

test('"Send anyway" lets the server validate: the API answers 400 for limit 40 by the day', async ({
  tryit,
}) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('limit').fill('40');
  await expect(tryit.sendButton).toBeDisabled();

  await tryit.sendAnywayButton.click();

  await expect(tryit.response.getByText(/The API answered/)).toBeVisible();
  await expect(tryit.response.getByText(/^400 Bad Request$/)).toBeVisible();
  await expect(tryit.response.getByLabel('Response body')).toContainText('"param": "limit"');
});
