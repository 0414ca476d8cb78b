// What counts as a weak password. Length matters most (NIST 800-63B); we also refuse the passwords
// that top every breach list and ones that merely repeat the email.
const COMMON = new Set([
  "password", "password1", "password123", "passw0rd", "123456789", "1234567890", "12345678910",
  "qwertyuiop", "iloveyou123", "letmein123", "welcome123", "football123", "abc1234567", "qwerty1234",
  "1q2w3e4r5t", "aaaaaaaaaa", "0123456789", "monkey1234", "dragon1234", "sunshine12", "princess12",
]);

export const MIN_PASSWORD_LENGTH = 10;

/** A message for the password field, or null when it is acceptable. */
export function passwordWeakness(password: string, email = ""): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 200) return "Use at most 200 characters.";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "This password is on every list of leaked passwords. Choose another.";
  if (new Set(lower).size < 4) return "Use more different characters.";
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 4 && lower.includes(local)) return "Don't build the password from your email.";
  return null;
}
