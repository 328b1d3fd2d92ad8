import {
  formatUtc,
  fromDateTimeLocal,
  parseUnixSeconds,
  toDateTimeLocal,
} from '../../unix-time/format-unix-time.ts';

/** A date-time picker beside a Unix-seconds field, with the instant in local time and UTC. */
export function UnixTimePicker({
  fieldKey,
  name,
  value,
  onPick,
}: {
  fieldKey: string;
  name: string;
  value: string;
  onPick: (seconds: string) => void;
}) {
  const seconds = parseUnixSeconds(value);
  const offset = new Date((seconds ?? Date.now() / 1000) * 1000).getTimezoneOffset();
  const id = `${fieldKey}-picker`;
  return (
    <div className="time-picker">
      <label htmlFor={id} className="muted">
        {name} as local date and time
      </label>
      <input
        id={id}
        type="datetime-local"
        value={seconds === undefined ? '' : toDateTimeLocal(seconds, offset)}
        onChange={(event) => {
          const picked = fromDateTimeLocal(
            event.target.value,
            new Date(event.target.value).getTimezoneOffset(),
          );
          if (picked !== undefined) onPick(String(picked));
        }}
      />
      {seconds !== undefined && (
        <p className="hint">
          {new Date(seconds * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}{' '}
          local · {formatUtc(seconds)}
        </p>
      )}
    </div>
  );
}
