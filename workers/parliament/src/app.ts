import { d1Check, kvCheck } from "#shared/health/checks";
import { conditionalRead } from "#shared/http/etag";
import { defineService } from "#shared/service/app";
import { upstreamCheck } from "#shared/upstream/breaker";
import { registerBallots } from "./routes/ballots";
import { registerBills } from "./routes/bills";
import { registerCommitteeMeetings } from "./routes/committee-meetings";
import { registerCommittees } from "./routes/committees";
import { registerDebateStatements } from "./routes/debate-statements";
import { registerDebates } from "./routes/debates";
import { registerMemberStatements } from "./routes/member-statements";
import { registerMemberVotes } from "./routes/member-votes";
import { registerMembers } from "./routes/members";
import { registerParties } from "./routes/parties";
import { registerPostcodes } from "./routes/postcodes";
import { registerRepresentatives } from "./routes/representatives";
import { registerRidings } from "./routes/ridings";
import { registerSessions } from "./routes/sessions";
import { registerVotes } from "./routes/votes";
import { REPRESENT } from "./represent";

export const service = defineService<Env>({
  name: "parliament",
  description: "Sessions, parties, ridings, members, bills, divisions and ballots, debates, committees and representatives.",
  checks: (env) => [d1Check("CIVIC", env.CIVIC), kvCheck("CONFIG", env.CONFIG), upstreamCheck(env, REPRESENT)],
});

// Every read below is conditional (ETag / 304) and briefly cacheable. Registered after the
// health route defineService adds, so health keeps its own `no-store`.
service.app.use("/api/v1/*", conditionalRead);

registerSessions(service.app);
registerParties(service.app);
registerRidings(service.app);
registerMembers(service.app);
registerMemberVotes(service.app);
registerMemberStatements(service.app);
registerBills(service.app);
registerVotes(service.app);
registerBallots(service.app);
registerDebates(service.app);
registerDebateStatements(service.app);
registerCommittees(service.app);
registerCommitteeMeetings(service.app);
registerRepresentatives(service.app);
registerPostcodes(service.app);
