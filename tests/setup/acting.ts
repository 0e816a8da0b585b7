// Who the code under test sees as signed in. Integration tests call actAs(user) and then call
// pages' queries and actions directly; the real getViewer() reads that person's rights from the
// database as it would on a request.
const state: { userId: string | null } = { userId: null };

export function actAs(user: { id: string } | null): void {
  state.userId = user?.id ?? null;
}

export function actingUserId(): string | null {
  return state.userId;
}
