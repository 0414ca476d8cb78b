// Sign-in error codes (next-auth's and lib/auth.ts's) in words. Never a raw error.
export function signInErrorMessage(code: string): string {
  switch (code) {
    case "Throttled":
      return "Too many failed sign-ins for this email. Wait 15 minutes, then try again.";
    case "ThrottledAddress":
      return "Too many failed sign-ins from this network. Wait 15 minutes, then try again.";
    case "ThrottledEmail":
      return "Too many failed sign-ins for this email from several places, so it is paused for 15 minutes. Where you signed in during the last day, you still can.";
    case "CredentialsSignin":
      return "That email and password don't match.";
    case "OAuthAccountNotLinked":
      return "That email already uses another way to sign in. Use the one you chose before.";
    case "OAuthEmailUnverified":
      return "That account's provider hasn't verified its email address, so it can't be used to sign in to Rapport. Verify it there, or use your email and password.";
    case "AccessDenied":
      return "Sign-in was cancelled or not allowed. Try again, or use your email and password.";
    case "SessionRequired":
      return "Sign in to continue.";
    case "Configuration":
      return "Sign-in is not available right now. Try again in a few minutes.";
    case "OAuthSignin":
    case "OAuthCallback":
    case "OAuthCreateAccount":
    case "Callback":
      return "We couldn't finish signing you in with that provider. Try again.";
    default:
      return "Something went wrong while signing you in. Try again.";
  }
}
