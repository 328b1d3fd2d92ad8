// Preloaded (`node --import`) into every server the e2e harness starts: the harness holds the other end of our
// stdin, so when it goes away for any reason (even SIGKILL) stdin ends and this server exits with it.
const exit = () => process.exit(0);
process.stdin.on('end', exit);
process.stdin.on('close', exit);
process.stdin.on('error', exit);
process.stdin.resume();
// Unref'd: the guard must never be what keeps a server alive.
process.stdin.unref?.();
