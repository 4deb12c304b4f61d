"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/lib/utils";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  const ref = useRef<HTMLAnchorElement>(null);
  // On a phone the nav row scrolls sideways: bring the current page's link into view.
  useEffect(() => {
    const link = ref.current;
    const row = link?.closest("nav");
    if (!current || !link || !row || row.scrollWidth <= row.clientWidth) return;
    const offset = link.getBoundingClientRect().left - row.getBoundingClientRect().left;
    row.scrollLeft += offset - (row.clientWidth - link.offsetWidth) / 2;
  }, [current]);
  return (
    <Link
      ref={ref}
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn(
        "block rounded-md px-2.5 py-2 text-sm font-medium hover:bg-muted md:px-3",
        current && "bg-secondary text-secondary-foreground",
      )}
    >
      {children}
    </Link>
  );
}
