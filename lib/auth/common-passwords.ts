// Offline check against ~49,000 common passwords (zxcvbn-ts's list); haveIBeenPwned needs the internet.
import { dictionary } from "@zxcvbn-ts/language-common";

let commonPasswords: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"]);
  return commonPasswords.has(password.toLowerCase());
}
