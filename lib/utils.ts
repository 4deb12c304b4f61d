import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** "vegan" -> "Vegan". */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
