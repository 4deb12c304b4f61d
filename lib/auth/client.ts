"use client";

import { createAuthClient } from "better-auth/react";

// Same-origin requests to /api/auth/*: the rate limits and origin checks run in that handler.
export const authClient = createAuthClient();
