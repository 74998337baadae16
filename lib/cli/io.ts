// What a CLI command writes to and reads from. Its own module so commands need not import the
// dispatcher in lib/cli/main.ts that loads them.
export type CliIo = { out: (s: string) => void; err: (s: string) => void; stdin: NodeJS.ReadableStream };
