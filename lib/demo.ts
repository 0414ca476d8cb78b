// Demo accounts, seeded on an empty embedded database and shown on the sign-in page in demo mode.
export const DEMO_PASSWORD = "rapport-demo-2026";

export const DEMO_ACCOUNTS = [
  { email: "student@demo.rapport.app", name: "Maya Chen", role: "Student" },
  { email: "staff@demo.rapport.app", name: "Dr. Alex Rivera", role: "Career-centre staff" },
  { email: "officer@demo.rapport.app", name: "Jordan Patel", role: "Chapter officer" },
] as const;
