/** A small single-choice quiz shared by the quiz scoring and quiz component tests. */
import type { Quiz } from "@/app/_lib/content/schema";

export const dnsQuiz: Quiz = {
  id: "what-dns-returns",
  kind: "single",
  prompt: "What does the resolver hand back to the browser?",
  options: [
    { text: "The shop's home page", correct: false, why: "Pages come later, over HTTP." },
    { text: "An IP address for the shop's name", correct: true, why: "Turning a name into an address is the whole job of DNS." },
    { text: "A TLS certificate", correct: false, why: "Certificates arrive in the TLS handshake, after DNS." },
  ],
};

export const RIGHT = 1;
export const WRONG = 0;
