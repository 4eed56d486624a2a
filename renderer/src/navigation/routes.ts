const segment = encodeURIComponent;

export const routes = {
  sessions: '/sessions',
  sessionPattern: '/sessions/:id',
  session: (id: string) => `/sessions/${segment(id)}`,
  runPattern: '/sessions/:id/run',
  displayPattern: '/display/:id',
  run: (id: string) => `/sessions/${segment(id)}/run`,
  summaryPattern: '/sessions/:id/summary',
  summary: (id: string) => `/sessions/${segment(id)}/summary`,
  handAroundPattern: '/sessions/:id/check-in/:roundId',
  handAround: (id: string, roundId: string) => `/sessions/${segment(id)}/check-in/${segment(roundId)}`,
  library: '/library',
  exercisePattern: '/library/:id',
  exercise: (id: string) => `/library/${segment(id)}`,
  templates: '/templates',
  templatePattern: '/templates/:id',
  template: (id: string) => `/templates/${segment(id)}`,
  checkIns: '/check-ins',
  checkInPattern: '/check-ins/:id',
  checkIn: (id: string) => `/check-ins/${segment(id)}`,
  privacy: '/privacy',
} as const;
