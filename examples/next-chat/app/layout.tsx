import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'CCAPI chat · AI SDK example',
  description: 'GPT-5, Claude, Gemini, DeepSeek, MiniMax and GLM through one CCAPI key.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
