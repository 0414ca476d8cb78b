// next-auth configuration. Email + password always; Google, Microsoft Entra (university accounts)
// and a generic OIDC provider only when their environment variables are set (see README).
// The JWT cookie holds only a Session row id (see lib/data/viewer.ts).
import "server-only";
import type { Account, NextAuthOptions, Profile } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GoogleProvider from "next-auth/providers/google";
import AzureADProvider from "next-auth/providers/azure-ad";
import type { Provider } from "next-auth/providers/index";
import { createSession, deleteSession, oauthSignInRefusal, SESSION_DAYS, ThrottledError, upsertOAuthUser, verifyCredentials, type OAuthIdentity } from "./data/auth";
import { providerVerifiedEmail } from "./domain/oauth";
import { SIGN_IN_THROTTLE_CODES } from "./domain/throttle";
import { env } from "./env";
import { signInSchema } from "./validation/auth";

declare module "next-auth" {
  interface Session {
    sessionId?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sessionId?: string;
  }
}

/** Error codes the sign-in page turns into messages. */
export const SIGN_IN_ERRORS = { throttled: "Throttled", invalid: "CredentialsSignin" } as const;

function providers(): Provider[] {
  const list: Provider[] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        try {
          return await verifyCredentials(parsed.data.email, parsed.data.password);
        } catch (error) {
          if (error instanceof ThrottledError) throw new Error(SIGN_IN_THROTTLE_CODES[error.by]);
          throw error;
        }
      },
    }),
  ];
  const { google, microsoft, oidc } = env.oauth;
  if (google) list.push(GoogleProvider(google));
  if (microsoft) list.push(AzureADProvider({ ...microsoft, name: "Microsoft (university account)" }));
  if (oidc) {
    list.push({
      id: "oidc",
      name: oidc.name,
      type: "oauth",
      wellKnown: `${oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.email ?? null };
      },
    });
  }
  return list;
}

/** The identity a provider returned, with whether it vouches for the email (lib/domain/oauth.ts). */
function oauthIdentity(account: Account, profile: Profile | undefined, user: { email?: string | null; name?: string | null }): OAuthIdentity {
  const emailVerified = providerVerifiedEmail(account.provider, { ...profile }, env.oauth.microsoft?.tenantId);
  return {
    provider: account.provider,
    providerAccountId: account.providerAccountId,
    email: profile?.email ?? user.email ?? "",
    name: profile?.name ?? user.name ?? "",
    emailVerified,
  };
}

export const authOptions: NextAuthOptions = {
  // A getter: `next build` evaluates this module without a secret; a request never does.
  get secret() {
    return env.authSecret;
  },
  providers: providers(),
  session: { strategy: "jwt", maxAge: SESSION_DAYS * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  callbacks: {
    async signIn({ account, profile, user }) {
      if (!account || account.provider === "credentials") return true;
      const refusal = await oauthSignInRefusal(oauthIdentity(account, profile, user));
      if (refusal === "password-account") return "/sign-in?error=OAuthAccountNotLinked";
      if (refusal === "unverified") return "/sign-in?error=OAuthEmailUnverified";
      return true;
    },
    async jwt({ token, user, account, profile }) {
      if (!user || !account) return token;
      let userId = user.id;
      if (account.provider !== "credentials") {
        const linked = await upsertOAuthUser(oauthIdentity(account, profile, user), env.defaultTimeZone);
        userId = linked.id;
      }
      // Only the session id travels in the cookie: no email, no name, nothing to leak.
      return { sessionId: await createSession(userId) };
    },
    async session({ session, token }) {
      return { expires: session.expires, sessionId: token.sessionId };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sessionId) await deleteSession(token.sessionId);
    },
  },
};
