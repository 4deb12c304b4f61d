import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";

/** Pages: a service's NOT_FOUND shows the not-found page; any other error goes to the error page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
