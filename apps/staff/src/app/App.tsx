import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { DocumentTitle } from './DocumentTitle.tsx';
import { Providers } from './Providers.tsx';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <Providers queryClient={queryClient}>
      <DocumentTitle />
      <RouterProvider router={router} />
    </Providers>
  );
}
