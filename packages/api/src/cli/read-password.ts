import { read } from "read";

/** Where a password comes from: an interactive terminal, or whatever is piped in. */
export interface PasswordSource {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of input) text += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
  return text;
}

/**
 * Reads a new password. On a terminal it asks twice without echoing and fails when the two
 * differ; otherwise (a script piping it in) it takes the first line of standard input.
 * Never from the command line, where it would end up in the shell history and process list.
 * @throws Error when nothing was given or the two entries differ.
 */
export async function readNewPassword({ input, output }: PasswordSource): Promise<string> {
  if (input.isTTY) {
    const first = await read({ prompt: "Password: ", silent: true, replace: "", input, output });
    const second = await read({ prompt: "Repeat the password: ", silent: true, replace: "", input, output });
    if (first !== second) throw new Error("the two passwords differ; nothing was changed");
    if (first === "") throw new Error("no password given; nothing was changed");
    return first;
  }
  const password = (await readAll(input)).split(/\r?\n/)[0] ?? "";
  if (password === "") throw new Error("no password on standard input (pipe it in, one line); nothing was changed");
  return password;
}
