/** Which catalogue item to read, and for whom: a bare id reads as a visitor (no own items). */
export type ViewedItem = number | { id: number; viewerId: string | null };

export function viewedItem(which: ViewedItem): { id: number; viewerId: string | null } {
  return typeof which === "number" ? { id: which, viewerId: null } : which;
}
