// next-auth's endpoints: sign-in, callbacks, CSRF, session and sign-out.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
