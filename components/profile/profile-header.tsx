import type { ReactNode } from "react";
import { ProfileNav } from "@/components/profile/profile-nav";

/** The top of every profile page: its title, the profile pages' links, and an optional line below. */
export function ProfileHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-bold">{title}</h1>
      <ProfileNav />
      {children}
    </header>
  );
}
