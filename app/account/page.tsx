import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { isDemoAccount } from "@/lib/auth/demo-account";
import { requireUser } from "@/lib/auth/server";
import { deleteAccountAction } from "@/app/account/actions";
import { DeleteAccountForm } from "@/app/account/delete-account-form";
import { PageSection } from "@/components/page-section";

export const metadata: Metadata = { title: "Your data and account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="max-w-2xl space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Your data and account</h1>
        <p className="text-sm text-muted-foreground">
          Signed in as <span className="font-medium text-foreground">{user.email}</span>. Your data is yours:
          take a copy of it, or delete it for good.
        </p>
        {isDemoAccount(user.email) && (
          <p className="text-sm" data-testid="demo-note">
            This is the shared demo account: everyone who tries NutriWeek signs in with it, so it goes back to
            its starting profile (no plans, an empty pantry) at every sign-in, and it cannot be deleted or
            have its password or email changed. Create your own account to keep your data.
          </p>
        )}
      </header>
      <PageSection id="export" title="Download my data">
        <p className="text-sm">
          One JSON file with everything NutriWeek holds about you: your account, your profile and each saved
          version of it, your weekly plans with their meals and shopping lists, and your pantry.
        </p>
        <Button asChild variant="outline">
          {/* A plain link: the browser saves the attachment the API sends. */}
          <a href="/api/account/export" download>
            Download my data
          </a>
        </Button>
      </PageSection>
      <PageSection id="delete" title="Delete my account" className="rounded-lg border border-red-300 p-4">
        <p className="text-sm">
          This deletes your account and all of your data at once: profile and its history, plans, shopping
          lists and pantry. You are signed out everywhere. It cannot be undone; download your data first if
          you want to keep it.
        </p>
        <DeleteAccountForm action={deleteAccountAction} email={user.email} />
      </PageSection>
    </div>
  );
}
