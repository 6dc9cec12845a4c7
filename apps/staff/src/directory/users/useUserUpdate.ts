import { useQueryClient } from '@tanstack/react-query';
import { userKeys } from './api.ts';
import type { User } from './types.ts';

/** After a change to one account: its page shows the answer at once, lists reload. */
export function useUserUpdate() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(userKeys.detail(user.id), user);
    void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
  };
}
