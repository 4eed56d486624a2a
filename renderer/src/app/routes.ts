export const routes = {
  library: '/library',
  exercisePattern: '/library/:id',
  exercise: (id: string) => `/library/${encodeURIComponent(id)}`,
} as const;
