import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { AppError, EmploymentEndedError, RateLimitedError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { safePath } from "@/lib/http/safe-path";
import { createSession, getLiveSessionUser, revokeSession } from "./sessions";
import { verifyCredentials } from "./verify-credentials";

class SignInBlocked extends CredentialsSignin {
  code = "signInBlocked";
}

class EmploymentEnded extends CredentialsSignin {
  code = "employmentEnded";
}

declare module "next-auth" {
  interface User {
    sessionId?: string;
    locale?: string | null;
  }
  interface Session {
    user: { id: string; email: string; name: string; locale: string | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
    locale?: string | null;
  }
}

// No `auth()`: it runs the jwt callback and encrypts a new token on every call, which a server
// component cannot even set. Pages, actions and route handlers read the user with getCurrentUser.
export const { handlers, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          const user = await verifyCredentials({
            email: credentials.email,
            password: credentials.password,
            ip: clientAddress(request.headers),
          });
          if (!user) return null;
          return { ...user, sessionId: await createSession(user.id) };
        } catch (error) {
          if (error instanceof RateLimitedError) throw new SignInBlocked();
          if (error instanceof EmploymentEndedError) throw new EmploymentEnded();
          if (error instanceof AppError) return null;
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // Auth.js's own callbackUrl handling goes through the one same-site check too.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safePath(path)}`;
    },
    async jwt({ token, user }) {
      if (user?.sessionId && user.id) {
        token.uid = user.id;
        token.sid = user.sessionId;
      }
      // Auth.js's own routes (sign-in, /api/auth/session) check the session row too; app requests
      // check it in readSessionUser. That row is what makes JWT sessions revocable.
      const live = token.sid ? await getLiveSessionUser(token.sid) : null;
      if (!live) return null;
      token.name = live.name;
      token.email = live.email;
      token.locale = live.locale;
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid ?? "",
        email: token.email ?? "",
        name: token.name ?? "",
        locale: token.locale ?? null,
      };
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token?.sid) await revokeSession(message.token.sid);
    },
  },
});
