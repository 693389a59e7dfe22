import { connection } from 'next/server';
import { describeCCAPIConnection, readCCAPIConnection } from '../lib/ccapi-connection';
import { Chat } from './chat';

export default async function Page() {
  // Read the environment per request, not at build time: the same build runs live or offline.
  await connection();
  return <Chat connection={describeCCAPIConnection(readCCAPIConnection())} />;
}
