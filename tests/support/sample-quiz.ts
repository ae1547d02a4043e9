/** Small quizzes of each kind, shared by the quiz scoring and quiz component tests. */
import type { Quiz } from "@/app/_lib/content/schema";

type Of<K extends Quiz["kind"]> = Extract<Quiz, { kind: K }>;

export const dnsQuiz: Of<"single"> = {
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

export const cdnQuiz: Of<"multiple"> = {
  id: "what-a-cdn-can-cache",
  kind: "multiple",
  prompt: "Which of these can the CDN answer without asking the shop?",
  options: [
    { text: "The product photo", correct: true, why: "The same bytes for everyone." },
    { text: "Kareem's order confirmation", correct: false, why: "It is hers alone." },
    { text: "The stylesheet", correct: true, why: "A static file that changes only on deploy." },
  ],
};

export const handshakeQuiz: Of<"ordering"> = {
  id: "order-the-handshakes",
  kind: "ordering",
  prompt: "Put the first moments of the connection in order.",
  items: [
    { text: "DNS lookup", why: "No address, no connection." },
    { text: "TCP handshake", why: "A reliable channel comes first." },
    { text: "TLS handshake", why: "Keys are agreed over TCP." },
    { text: "HTTP request", why: "Only now does the order travel." },
  ],
};
