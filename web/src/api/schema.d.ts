/**
 * GENERATED FILE: do not edit. The OpenPolicy API's types, made by openapi-typescript from the
 * OpenAPI document the gateway serves at /api/v1/openapi.json.
 *
 * Regenerate with `npm run api:types` while `npm start` runs (options: scripts/api-types-options.mjs).
 * test/browser/api-types.test.ts fails when this file is not what the served document gives.
 */

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the whole platform
         * @description Every service is asked for its own health in parallel, each within the gateway's timeout. `ok` when all are ok, `down` when none answers well, `degraded` otherwise. Each service's checks and errors are shown to admins only; anyone else sees each service's status and breaker.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/parliament": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the parliament service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthParliament"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sessions of Parliament
         * @description Every session, newest first, with its parliament and session numbers and dates.
         */
        get: operations["getSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One session
         * @description A session by its code (`44-1`), with how many bills, divisions and House sittings it has.
         */
        get: operations["getSessionsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Federal parties
         * @description Every federal party, past and present, by slug, with names and short names in English and French.
         */
        get: operations["getParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ridings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Federal ridings
         * @description Electoral districts across representation orders, by name. `current=true` keeps the ridings of the order in force; `q` matches the English or French name.
         */
        get: operations["getRidings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ridings/{edid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One riding
         * @description A riding by Elections Canada number. The same number names different ridings in different representation orders; this answers the current riding when there is one, else the one of the latest order. `representation_order` picks another.
         */
        get: operations["getRidingsByEdid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members of Parliament
         * @description Members by family name, each with the party and riding of their current (or latest) term. `party`, `province` and `riding` filter on that term; `session` keeps members who sat in the session (voted, spoke, or held a term then); `q` matches part of the name.
         */
        get: operations["getMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's profile
         * @description Names, current party and riding, every term, source ids, links, and how many statements, votes and sponsored bills we hold. `{id}` resolves, in this order: the ourcommons.ca PersonId (`members.house_person_id`), a `house_person_id` identifier, any Hansard `Affiliation DbId` the member carried (MP, minister, parliamentary secretary, committee roles), then the member's slug. The profile's `id` is the one id we print for the member everywhere.
         */
        get: operations["getMembersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How a member voted
         * @description The member's ballot in each recorded division, latest first, with the division and its bill. `{id}` as for `/members/{id}`.
         */
        get: operations["getMembersByIdVotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a member said
         * @description The member's statements in the House and in committee, latest first. `q` matches part of the English or French text (the search service ranks full-text queries). `{id}` as for `/members/{id}`.
         */
        get: operations["getMembersByIdStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bills
         * @description Bills, newest session first, House bills before Senate bills, by number. `status` is the latest stage reached; `sponsor` takes a member id or slug as `/members/{id}` does; `q` matches the number or part of a title in either language.
         */
        get: operations["getBills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bills/{session}/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One bill
         * @description Titles, sponsor, status, the stage timeline, the divisions held on it and where it was debated.
         */
        get: operations["getBillsBySessionByNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recorded divisions
         * @description Divisions of the House, latest first. `bill` is a bill number (in any session unless `session` is given).
         */
        get: operations["getVotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/votes/{session}/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One division
         * @description Date, question, result, the totals printed in the Hansard (`yea_total`, `nay_total`, `paired_total`), the ballots counted, and a per-party breakdown computed from the ballots (each member's party on that day).
         */
        get: operations["getVotesBySessionByNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/votes/{session}/{number}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ballots of one division
         * @description One row per member who voted or was paired, by family name. `party` is a party slug, matched on the day of the vote.
         */
        get: operations["getVotesBySessionByNumberBallots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transcripts: House sittings and committee meetings
         * @description Every transcript we hold, latest first: House sittings (`kind=debates`) and committee evidence (`kind=evidence`, with its committee). `href` is where its statements are served.
         */
        get: operations["getDebates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debates/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The House sitting of a day
         * @description Sitting number, session, the topics debated in order, and the divisions held. Statements are at `/debates/{date}/statements`.
         */
        get: operations["getDebatesByDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/debates/{date}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What was said at a House sitting
         * @description The sitting's statements in the order they were spoken: speaker (with the member where known), heading, time and text in both languages; `?lang=` adds the chosen one as `text`, `heading`, `subheading`.
         */
        get: operations["getDebatesByDateStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Committees
         * @description House and joint committees and subcommittees, by name. `session` keeps those that met in the session.
         */
        get: operations["getCommittees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committees/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One committee
         * @description A committee, its parent and subcommittees, and the sessions in which it met. Meetings are at `/committees/{slug}/meetings`.
         */
        get: operations["getCommitteesBySlug"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committees/{slug}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A committee's meetings
         * @description Meetings, latest first, with whether the evidence transcript is published and where it is served.
         */
        get: operations["getCommitteesBySlugMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committees/{slug}/meetings/{session}/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One committee meeting
         * @description The meeting and the topics of its evidence transcript, in order.
         */
        get: operations["getCommitteesBySlugMeetingsBySessionByNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committees/{slug}/meetings/{session}/{number}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A committee meeting's evidence
         * @description The evidence transcript's statements in order, members and witnesses alike.
         */
        get: operations["getCommitteesBySlugMeetingsBySessionByNumberStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/representatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Provincial and municipal representatives
         * @description Elected provincial and municipal representatives as Open North's Represent publishes them, with their offices, by jurisdiction then name. `office` and `district` match whole values, ignoring case (`district` matches the district's name or id); `q` matches part of the name.
         */
        get: operations["getRepresentatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/representatives/{jurisdiction}/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One representative
         * @description A representative by jurisdiction slug and name slug (the first seat, should one person hold two).
         */
        get: operations["getRepresentativesByJurisdictionBySlug"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postcodes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who represents a postal code
         * @description Looks the code up in Open North's Represent (cached for a day) and links the federal riding and MP to our data: the riding by Represent's federal district number (`external_id` = `edid`), else by name; the member as `member_match` says. Provincial and municipal representatives come as Represent lists them. `k1a 0a6`, `K1A-0A6` and `K1A0A6` are the same code. When Represent fails (502, or 504 when it is too slow) often enough, its circuit breaker opens and uncached codes are refused at once with 503 and `Retry-After` until it recovers; cached codes are still answered.
         */
        get: operations["getPostcodesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/etl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the etl service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthEtl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/etl/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every dataset, its last successful load, record count and staleness */
        get: operations["getEtlSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/etl/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ETL runs, newest first */
        get: operations["getEtlRuns"];
        put?: never;
        /** Start a run of one source (admin) */
        post: operations["postEtlRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/etl/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One run: per-document counts, rejected records with reasons, quality checks */
        get: operations["getEtlRunsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/etl/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per dataset: how many records have each field filled, and every record still unknown, with why */
        get: operations["getEtlQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the search service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search statements, bills, members, committees and representatives
         * @description Full-text search over everything said in the House and in committee (both languages), bills, members, committees and provincial and municipal representatives, by relevance (newer first among equals) or by date with `sort=date`. Each result has a title, an API link and an HTML snippet with the matches in `<mark>`; `facets` count every result by type, party, session and year for the same query and filters. Relevance is each index's weighted bm25 (names, numbers, titles and headings above body text) relative to that index's best match, times a per-type weight, so the member, bill or committee a query names comes first. When a Vectorize index is bound, the first results blend semantic matches in by reciprocal rank fusion.
         */
        get: operations["getSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search suggestions
         * @description Completions for what has been typed so far, the last word taken as a prefix (accents ignored): members (most recently seated first), bills (closest match, newest session first) and topics (subjects of business, most discussed first), up to `limit` of each. `lang` keeps topics in that language.
         */
        get: operations["getSearchSuggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search analytics (admin)
         * @description Over a period (default: the last 30 days): the number of searches and of searches that found nothing, latency percentiles (p50/p95/p99, nearest rank, milliseconds), the most frequent queries and the most frequent queries that found nothing. Queries are normalised (lower case, accents folded); only first pages count, so paging is not a search.
         */
        get: operations["getSearchAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the auth service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthAuth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Creates a `citizen` account and emails a link to confirm the address. The answer is the same whether or not the address already has an account (its owner is told by email instead), so this route cannot be used to find out who has one. A password that breaks the rules is a 400 listing each broken rule in `errors[]`.
         */
        post: operations["postAuthRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Exchanges an email and password for a short-lived access token (an ES256 JWT) and a refresh token, and starts a session for this device. A wrong password, an unknown email, a client address locked out of the account (5 failures from it in 15 minutes lock it out for 15 minutes) and an account whose failure budget is spent (50 failures in a day from any addresses, after which for a day only addresses it has signed in from in the last 90 days may sign in) all answer the same 401. Too many failures from one client across accounts (20 in 15 minutes) answer 429 with `Retry-After`.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the access token
         * @description Exchanges a refresh token for a new access token and the next refresh token; the one presented is used up. Presenting a refresh token a second time means someone else holds a copy: the whole session ends and both holders must sign in again. A disabled account cannot refresh. Roles in the new access token are the account's roles now.
         */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Ends the session the refresh token belongs to: none of its refresh tokens works any more. Access tokens already issued stay valid until they expire (at most 15 minutes); clients drop them. Answers 204 for an unknown or already ended session too.
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller
         * @description The signed-in account (or the owner of the API key used), with its roles as they are now.
         */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the display name or email language */
        patch: operations["patchAuthMe"];
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Needs the current password. Every other session of the account ends (this device stays signed in) and the owner is told by email. Wrong current passwords count like failed sign-ins from the caller's address.
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's signed-in devices
         * @description Sessions that have not ended, newest first: user agent, device name, when each started and was last refreshed.
         */
        get: operations["getAuthSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign a device out
         * @description Ends one of the caller's sessions: its refresh token stops working. Its access token lapses within 15 minutes.
         */
        delete: operations["deleteAuthSessionsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password-reset email
         * @description Emails a single-use link (valid for an hour) to the address if it has an account. The answer is the same either way, and comes before the email is prepared, so neither its words nor its timing say whether the address has an account. At most 3 links per account and hour are sent; each new one replaces the last.
         */
        post: operations["postAuthPasswordResetRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset token
         * @description Uses up the emailed token and sets the new password. Every session of the account ends (sign in again everywhere), the account's sign-in lockout is lifted, and the address counts as confirmed. A password that breaks the rules is a 400 and leaves the token usable.
         */
        post: operations["postAuthPasswordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email address
         * @description Uses up the token emailed at registration (valid for 48 hours) and marks the address as confirmed.
         */
        post: operations["postAuthVerifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the confirmation email again
         * @description For the signed-in account; at most 3 an hour, each replacing the last. 409 when the address is already confirmed.
         */
        post: operations["postAuthVerifyEmailResend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's API keys
         * @description Newest first, without the secret part. Admins may pass `user_id` to see another account's keys.
         */
        get: operations["getAuthApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Answers the whole key once (`op_<prefix>_<secret>`); send it as `Authorization: Bearer <key>` or `X-API-Key`. Keys act as their owner with the rate limits of their tier. At most 20 active keys per account. Needs a signed-in session (not an API key).
         */
        post: operations["postAuthApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once (the gateway may still accept it for up to 30 s from its cache). Admins may revoke any key.
         */
        delete: operations["deleteAuthApiKeysById"];
        options?: never;
        head?: never;
        /**
         * Change a key's tier (admin)
         * @description Moves a consumer's key to another rate-limit tier, e.g. `partner`.
         */
        patch: operations["patchAuthApiKeysById"];
        trace?: never;
    };
    "/api/v1/auth/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every account's API keys (admin)
         * @description Newest first, with each key's owner, never the secret nor its digest. `q` matches part of the key's prefix, its name, or its owner's email address.
         */
        get: operations["getAuthAdminApiKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts (admin)
         * @description Newest first. `q` matches part of the email or display name.
         */
        get: operations["getAuthUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account (admin) */
        get: operations["getAuthUsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set an account's roles, disable or enable it (admin)
         * @description New roles, and a disabled account, bind on every route within the gateway's revocation bound (5 s). Admins cannot withdraw their own admin role or disable themselves.
         */
        patch: operations["patchAuthUsersById"];
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Keys that verify access tokens
         * @description The public ES256 keys (JWK Set, RFC 7517) that verify access tokens, matched by the token's `kid`. During a key rotation both the new and the old key are listed, until the old one's tokens have expired.
         */
        get: operations["getWellKnownJwksJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the notifications service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the config service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the policy service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/charts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the charts service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthCharts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save a chart to share
         * @description Saves a chart kind with its parameters (those its `/charts/{kind}` route takes) and answers the id and link that show it. The chart is checked first: a session, division or member that does not exist is a 422 naming the field. Needs a signed-in caller.
         */
        post: operations["postCharts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/s/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A saved chart
         * @description The saved definition, and the chart drawn from current data in the saved language (unless `?lang=` asks for another, or none was saved and `Accept-Language` picks one), titled with the saved title when there is one.
         */
        get: operations["getChartsSById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/vote-by-party": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How each party voted in a division
         * @description The ballots of one division counted per party (each member's party on the day of the vote) and per ballot: yea, nay, paired. Ballots of members whose party is unknown are the `Unknown party` row, so the rows always add up to the division's ballots. `chart` is a ready Chart.js 4 configuration, drawn in the language chosen with `?lang=` or `Accept-Language`.
         */
        get: operations["getChartsVoteByParty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/vote-by-party.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How each party voted in a division (CSV)
         * @description The numbers of `/charts/vote-by-party` (its `data.rows`) as CSV with a header row: `party`, `label_en`, `label_fr`, `yea`, `nay`, `paired`, `total`.
         */
        get: operations["getChartsVoteByPartyCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/bills-by-stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A session's bills by stage
         * @description How many of the session's bills stand at each stage (the latest stage each reached), as `/bills?session=&status=` filters them. `chart` is a ready Chart.js 4 configuration, drawn in the language chosen with `?lang=` or `Accept-Language`.
         */
        get: operations["getChartsBillsByStage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/bills-by-stage.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A session's bills by stage (CSV)
         * @description The numbers of `/charts/bills-by-stage` (its `data.rows`) as CSV with a header row: `stage`, `label_en`, `label_fr`, `bills`.
         */
        get: operations["getChartsBillsByStageCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/member-activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's statements and votes per month
         * @description How many statements a member made (House and committee, as `/members/{id}/statements` lists them) and in how many divisions they voted (as `/members/{id}/votes` lists them), month by month. `chart` is a ready Chart.js 4 configuration, drawn in the language chosen with `?lang=` or `Accept-Language`.
         */
        get: operations["getChartsMemberActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/member-activity.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's statements and votes per month (CSV)
         * @description The numbers of `/charts/member-activity` (its `data.rows`) as CSV with a header row: `month`, `statements`, `ballots`.
         */
        get: operations["getChartsMemberActivityCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/party-cohesion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How united each party voted, division by division
         * @description For every division of a session, the share of each party's voting members who voted with the majority of their party (`with_majority / voting`). Paired members did not vote and are left out; so are independents and members whose party is unknown, who have no party line (each division counts them in `ballots_outside_parties`). `chart` is a ready Chart.js 4 configuration, drawn in the language chosen with `?lang=` or `Accept-Language`.
         */
        get: operations["getChartsPartyCohesion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/party-cohesion.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How united each party voted, division by division (CSV)
         * @description The numbers of `/charts/party-cohesion` (its `data.rows`) as CSV with a header row: `division`, `date`, `party`, `label_en`, `label_fr`, `yea`, `nay`, `paired`, `voting`, `with_majority`, `cohesion`.
         */
        get: operations["getChartsPartyCohesionCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/mentions-over-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statements matching a search, per month
         * @description How many statements (House and committee, in either language) match a search query each month. The query reads as in `/search`; a month's count is the number of matching statements made that month. `chart` is a ready Chart.js 4 configuration, drawn in the language chosen with `?lang=` or `Accept-Language`.
         */
        get: operations["getChartsMentionsOverTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charts/mentions-over-time.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statements matching a search, per month (CSV)
         * @description The numbers of `/charts/mentions-over-time` (its `data.rows`) as CSV with a header row: `month`, `statements`.
         */
        get: operations["getChartsMentionsOverTimeCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/mobile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the mobile service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthMobile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the health service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scheduled health checks, newest first (admin)
         * @description Every scheduled check of every service (one a minute each), or of one `service`, between `from` and `to` (inclusive), newest first, paged by cursor with the total.
         */
        get: operations["getHealthHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the monitoring service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthMonitoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/deployment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health of the deployment service
         * @description Each binding the service owns is touched (a D1 query, a KV read, ...). Admins get each check with its detail; anyone else the status.
         */
        get: operations["getHealthDeployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PlatformHealth: {
            status: components["schemas"]["HealthStatus"];
            /** @example 2026-11-26T12:00:00.000Z */
            checked_at: string;
            latency_ms: number;
            services: components["schemas"]["ServiceHealth"][];
        };
        /** @enum {string} */
        HealthStatus: "ok" | "degraded" | "down";
        ServiceHealth: {
            /** @example parliament */
            name: string;
            status: components["schemas"]["HealthStatus"];
            latency_ms: number;
            /** @description Each binding the service touched, with its detail. Admins only. */
            checks?: components["schemas"]["CheckResult"][];
            /** @description Why the service could not be asked, when it could not. Admins only. */
            error?: string;
            /** @enum {string} */
            breaker?: "closed" | "open" | "half_open";
        };
        CheckResult: {
            /** @example d1:CIVIC */
            name: string;
            status: components["schemas"]["HealthStatus"];
            latency_ms: number;
            detail?: string;
        };
        SessionPage: {
            data: components["schemas"]["Session"][];
            pagination: components["schemas"]["Pagination"];
        };
        Session: {
            /** @example 44-1 */
            code: string;
            parliament_number: number;
            session_number: number;
            name_en: string;
            name_fr: string | null;
            name?: string | null;
            /** @description Null where no source gives it (the Hansard names sessions, not their dates). */
            start_date: string | null;
            /** @description Null while the session is open, or when unknown. */
            end_date: string | null;
        };
        Pagination: {
            next_cursor: string | null;
            limit: number;
            total: number | null;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            request_id?: string;
            errors?: {
                pointer: string;
                detail: string;
            }[];
        };
        SessionDetail: components["schemas"]["Session"] & {
            counts: {
                bills: number;
                divisions: number;
                sittings: number;
            };
        };
        PartyPage: {
            data: components["schemas"]["Party"][];
            pagination: components["schemas"]["Pagination"];
        };
        Party: {
            /** @example liberal */
            slug: string;
            name_en: string;
            name_fr: string | null;
            short_name_en: string;
            short_name_fr: string | null;
            /** @description As the Hansard prints it after a speaker's riding (`Lib.`, `CPC`). */
            abbreviation_en: string | null;
            abbreviation_fr: string | null;
            name?: string | null;
            short_name?: string | null;
            abbreviation?: string | null;
        };
        RidingPage: {
            data: components["schemas"]["Riding"][];
            pagination: components["schemas"]["Pagination"];
        };
        Riding: {
            /**
             * @description Elections Canada district number.
             * @example 59038
             */
            edid: number | null;
            /**
             * @description Year of the representation order (2013, 2023).
             * @example 2023
             */
            representation_order: number | null;
            slug: string;
            name_en: string;
            name_fr: string | null;
            name?: string | null;
            /** @enum {string} */
            province: "AB" | "BC" | "MB" | "NB" | "NL" | "NS" | "NT" | "NU" | "ON" | "PE" | "QC" | "SK" | "YT";
            current: boolean;
            /** @example ocd-division/country:ca/ed:59038-2023 */
            ocd_id: string | null;
            valid_from: string | null;
            valid_through: string | null;
        };
        RidingDetail: components["schemas"]["Riding"] & {
            member: components["schemas"]["RidingMember"];
            /** @description Everyone who held this riding, latest first. */
            members: components["schemas"]["RidingMember"][];
        };
        /** @description Whoever holds the seat now (an open term), if anyone. */
        RidingMember: {
            member: components["schemas"]["MemberRef"];
            party: components["schemas"]["PartyRef"];
            start_date: string;
            end_date: string | null;
        } | null;
        MemberRef: {
            /**
             * @description House of Commons person id; null for members known only from older sources (use `slug`).
             * @example 278625
             */
            id: number | null;
            slug: string;
            name: string;
        };
        PartyRef: {
            /** @example liberal */
            slug: string;
            name_en: string;
            name_fr: string | null;
            short_name_en: string;
            short_name_fr: string | null;
            /** @description The `_en` or `_fr` value for the language chosen with `?lang=` or `Accept-Language`. */
            name?: string | null;
            /** @description The `_en` or `_fr` value for the language chosen with `?lang=` or `Accept-Language`. */
            short_name?: string | null;
        } | null;
        MemberPage: {
            data: components["schemas"]["Member"][];
            pagination: components["schemas"]["Pagination"];
        };
        Member: {
            /**
             * @description House of Commons person id; null for members known only from older sources (use `slug`).
             * @example 278625
             */
            id: number | null;
            /** @example pierre-poilievre */
            slug: string;
            name: string;
            party: components["schemas"]["PartyRef"] & unknown;
            riding: components["schemas"]["RidingRef"];
            /** @description Whether the latest term is still open. */
            in_office: boolean;
            headshot_url: string | null;
        };
        /** @description Riding of the member's current (or latest) term. */
        RidingRef: {
            /** @example 59038 */
            edid: number | null;
            slug: string;
            name_en: string;
            name_fr: string | null;
            /** @enum {string} */
            province: "AB" | "BC" | "MB" | "NB" | "NL" | "NS" | "NT" | "NU" | "ON" | "PE" | "QC" | "SK" | "YT";
            /** @description The `_en` or `_fr` value for the language chosen with `?lang=` or `Accept-Language`. */
            name?: string | null;
        } | null;
        MemberProfile: components["schemas"]["Member"] & {
            name_given: string | null;
            name_family: string | null;
            /** @enum {string|null} */
            gender: "M" | "F" | null;
            twitter: string | null;
            web_site: string | null;
            /** @description Every stretch with one party and riding, latest first. */
            terms: components["schemas"]["MemberTerm"][];
            /** @description Source ids: every Hansard `Affiliation DbId` (any resolves this member), ParlInfo id… */
            identifiers: {
                scheme: string;
                value: string;
            }[];
            links: {
                rel: string;
                url: string;
            }[];
            counts: {
                statements: number;
                votes: number;
                sponsored_bills: number;
            };
        };
        MemberTerm: {
            start_date: string;
            end_date: string | null;
            party: components["schemas"]["PartyRef"];
            riding: components["schemas"]["RidingRef"];
        };
        MemberBallotPage: {
            data: components["schemas"]["MemberBallot"][];
            pagination: components["schemas"]["Pagination"];
        };
        MemberBallot: {
            session: string;
            /** @description Division number within the session. */
            number: number;
            date: string;
            description_en: string | null;
            description_fr: string | null;
            description?: string | null;
            /** @enum {string} */
            result: "passed" | "failed" | "tie";
            /** @enum {string} */
            ballot: "yea" | "nay" | "paired";
            party: components["schemas"]["PartyRef"] & unknown;
            bill: components["schemas"]["BillRef"];
        };
        BillRef: {
            session: string;
            /** @example C-332 */
            number: string;
        } | null;
        MemberStatementPage: {
            data: components["schemas"]["MemberStatement"][];
            pagination: components["schemas"]["Pagination"];
        };
        MemberStatement: components["schemas"]["Statement"] & {
            document: {
                /**
                 * @description `debates` (a House sitting) or `evidence` (a committee meeting).
                 * @enum {string}
                 */
                kind: "debates" | "evidence";
                session: string;
                /** @description Sitting or meeting number. */
                number: number;
                /** @description Committee slug, for evidence. */
                committee: string | null;
            };
        };
        Statement: {
            /** @description Our statement id; stable once loaded. */
            id: number;
            date: string;
            /** @description Position in the transcript, from 1. */
            sequence: number;
            /**
             * @description Ottawa wall-clock time, HH:MM.
             * @example 14:05
             */
            time: string | null;
            speaker: {
                /** @description The member speaking, where known (not for witnesses, clerks…). */
                member: components["schemas"]["MemberRef"] | null;
                name_en: string | null;
                name_fr: string | null;
                /** @description Riding and party, or role, as printed. */
                context_en: string | null;
                context_fr: string | null;
                name?: string | null;
                context?: string | null;
            };
            /** @description Order of business, e.g. Government Orders. */
            heading_en: string | null;
            heading_fr: string | null;
            /** @description Subject of business, e.g. Criminal Code. */
            subheading_en: string | null;
            subheading_fr: string | null;
            text_en: string | null;
            text_fr: string | null;
            heading?: string | null;
            subheading?: string | null;
            text?: string | null;
            /**
             * @description Language spoken; the other text is a translation.
             * @enum {string|null}
             */
            floor_language: "en" | "fr" | null;
            intervention_type: string | null;
            procedural: boolean;
            /** @description Bills the statement mentions. */
            bills: components["schemas"]["BillRef"][];
        };
        BillPage: {
            data: components["schemas"]["Bill"][];
            pagination: components["schemas"]["Pagination"];
        };
        Bill: {
            /** @example 44-1 */
            session: string;
            /** @example C-332 */
            number: string;
            /** @enum {string} */
            originating_chamber: "house" | "senate";
            short_title_en: string | null;
            short_title_fr: string | null;
            long_title_en: string | null;
            long_title_fr: string | null;
            /** @description Short title, else long title, in the chosen language. */
            title?: string | null;
            private_member: boolean | null;
            sponsor: components["schemas"]["BillSponsor"];
            /**
             * @description Latest stage reached.
             * @enum {string|null}
             */
            status: "first_reading" | "second_reading" | "committee" | "report" | "third_reading" | "senate_amendments" | "royal_assent" | "defeated" | "withdrawn" | "other" | null;
            status_date: string | null;
            introduced_date: string | null;
        };
        BillSponsor: {
            /** @description The sponsoring member, when we hold them. */
            member: components["schemas"]["MemberRef"] | null;
            /** @description The sponsor as the source prints it (Senate sponsors have no member). */
            name: string | null;
        };
        BillDetail: {
            /** @example 44-1 */
            session: string;
            /** @example C-332 */
            number: string;
            /** @enum {string} */
            originating_chamber: "house" | "senate";
            short_title_en: string | null;
            short_title_fr: string | null;
            long_title_en: string | null;
            long_title_fr: string | null;
            /** @description Short title, else long title, in the chosen language. */
            title?: string | null;
            private_member: boolean | null;
            sponsor: {
                /** @description The sponsoring member, when we hold them. */
                member: components["schemas"]["MemberRef"] | null;
                /** @description The sponsor as the source prints it (Senate sponsors have no member). */
                name: string | null;
                party: components["schemas"]["PartyRef"] & unknown;
            };
            /**
             * @description Latest stage reached.
             * @enum {string|null}
             */
            status: "first_reading" | "second_reading" | "committee" | "report" | "third_reading" | "senate_amendments" | "royal_assent" | "defeated" | "withdrawn" | "other" | null;
            status_date: string | null;
            introduced_date: string | null;
            /** @example Private Member’s Bill */
            bill_type: string | null;
            /** @enum {string|null} */
            status_chamber: "house" | "senate" | null;
            status_text_en: string | null;
            status_text_fr: string | null;
            status_text?: string | null;
            legisinfo_id: number | null;
            links: {
                rel: string;
                url: string;
            }[];
            /** @description Stage timeline, oldest first. */
            stages: components["schemas"]["BillStage"][];
            votes: {
                number: number;
                date: string;
                description_en: string | null;
                description_fr: string | null;
                description?: string | null;
                /** @enum {string} */
                result: "passed" | "failed" | "tie";
                yea_total: number;
                nay_total: number;
                paired_total: number;
            }[];
            /** @description Sittings and committee meetings where the bill was mentioned, oldest first. */
            debates: {
                /** @enum {string} */
                kind: "debates" | "evidence";
                date: string;
                session: string;
                number: number;
                /** @description Committee slug, for evidence. */
                committee: string | null;
                /** @description Statements there that mention the bill. */
                statements: number;
            }[];
        };
        BillStage: {
            /** @enum {string} */
            stage: "first_reading" | "second_reading" | "committee" | "report" | "third_reading" | "senate_amendments" | "royal_assent" | "defeated" | "withdrawn" | "other";
            /** @enum {string} */
            chamber: "house" | "senate";
            date: string;
            description_en: string | null;
            description_fr: string | null;
            description?: string | null;
            /** @description The House sitting where it happened. */
            sitting: {
                date: string;
                number: number;
            } | null;
        };
        VotePage: {
            data: components["schemas"]["Vote"][];
            pagination: components["schemas"]["Pagination"];
        };
        Vote: {
            /** @example 44-1 */
            session: string;
            /**
             * @description Division number within the session.
             * @example 332
             */
            number: number;
            date: string;
            description_en: string | null;
            description_fr: string | null;
            description?: string | null;
            /** @enum {string} */
            result: "passed" | "failed" | "tie";
            /** @description As printed in the Hansard. */
            yea_total: number;
            nay_total: number;
            paired_total: number;
            bill: components["schemas"]["BillRef"];
        };
        VoteDetail: {
            /** @example 44-1 */
            session: string;
            /**
             * @description Division number within the session.
             * @example 332
             */
            number: number;
            date: string;
            description_en: string | null;
            description_fr: string | null;
            description?: string | null;
            /** @enum {string} */
            result: "passed" | "failed" | "tie";
            /** @description As printed in the Hansard. */
            yea_total: number;
            nay_total: number;
            paired_total: number;
            bill: {
                session: string;
                /** @example C-332 */
                number: string;
                short_title_en: string | null;
                short_title_fr: string | null;
                long_title_en: string | null;
                long_title_fr: string | null;
            } | null;
            /** @description The sitting whose Hansard records it. */
            sitting: {
                date: string;
                number: number;
            } | null;
            /** @description Ballots we hold, counted. Equal to the printed totals when the division loaded completely (the ETL checks it). */
            counted: {
                yea: number;
                nay: number;
                paired: number;
            };
            /** @description Per-party breakdown computed from the ballots, largest party first. */
            parties: {
                yea: number;
                nay: number;
                paired: number;
                party: components["schemas"]["PartyRef"] & unknown;
            }[];
        };
        BallotPage: {
            data: components["schemas"]["Ballot"][];
            pagination: components["schemas"]["Pagination"];
        };
        Ballot: {
            /**
             * @description House of Commons person id (see `/members/{id}`).
             * @example 278625
             */
            member_id: number | null;
            member_slug: string;
            name: string;
            party: components["schemas"]["PartyRef"] & unknown;
            /** @enum {string} */
            ballot: "yea" | "nay" | "paired";
        };
        DebatePage: {
            data: components["schemas"]["Debate"][];
            pagination: components["schemas"]["Pagination"];
        };
        Debate: {
            /**
             * @description `debates`: a House sitting; `evidence`: a committee meeting.
             * @enum {string}
             */
            kind: "debates" | "evidence";
            date: string;
            session: string;
            /** @description Sitting number, or the committee's meeting number. */
            number: number;
            committee: {
                slug: string;
                acronym: string | null;
                name_en: string;
                name_fr: string | null;
                name?: string | null;
            } | null;
            statements: number;
            source_url_en: string | null;
            source_url_fr: string | null;
            /**
             * @description Where this API serves the transcript.
             * @example /api/v1/debates/2023-05-18
             */
            href: string;
        };
        Sitting: {
            date: string;
            session: string;
            /** @description Sitting number (`No. 303`). */
            number: number;
            source_url_en: string | null;
            source_url_fr: string | null;
            statements: number;
            /** @description Distinct headings and subheadings, in the order they came up. */
            topics: components["schemas"]["Topic"][];
            votes: {
                number: number;
                description_en: string | null;
                description_fr: string | null;
                description?: string | null;
                /** @enum {string} */
                result: "passed" | "failed" | "tie";
            }[];
        };
        Topic: {
            /** @description Order of business, e.g. Government Orders. */
            heading_en: string | null;
            heading_fr: string | null;
            /** @description Subject of business, e.g. Criminal Code. */
            subheading_en: string | null;
            subheading_fr: string | null;
            heading?: string | null;
            subheading?: string | null;
            /** @description Sequence of the first statement under this topic. */
            first_sequence: number;
            statements: number;
        };
        StatementPage: {
            data: components["schemas"]["Statement"][];
            pagination: components["schemas"]["Pagination"];
        };
        CommitteePage: {
            data: components["schemas"]["Committee"][];
            pagination: components["schemas"]["Pagination"];
        };
        Committee: components["schemas"]["CommitteeRef"] & {
            /** @description A joint committee of the House and the Senate. */
            joint: boolean;
            /** @description Slug of the parent committee, for subcommittees. */
            parent: string | null;
            meetings: number;
        };
        CommitteeRef: {
            /** @example ethics */
            slug: string;
            /**
             * @description Current acronym; acronyms change between Parliaments, slugs do not.
             * @example ETHI
             */
            acronym: string | null;
            name_en: string;
            name_fr: string | null;
            name?: string | null;
        };
        CommitteeDetail: components["schemas"]["Committee"] & {
            parent_committee: components["schemas"]["CommitteeRef"] | null;
            subcommittees: components["schemas"]["CommitteeRef"][];
            /** @description Sessions in which it met, latest first. */
            sessions: {
                session: string;
                meetings: number;
                last_meeting: string;
            }[];
        };
        CommitteeMeetingPage: {
            data: components["schemas"]["CommitteeMeeting"][];
            pagination: components["schemas"]["Pagination"];
        };
        CommitteeMeeting: {
            session: string;
            /** @description Meeting number within the session (`NUMBER 053`). */
            number: number;
            date: string;
            /** @description Whether its evidence transcript is published and loaded. */
            evidence: boolean;
            statements: number;
            /** @description Where this API serves the transcript, when there is one. */
            href: string | null;
        };
        CommitteeMeetingDetail: components["schemas"]["CommitteeMeeting"] & {
            committee: {
                slug: string;
                acronym: string | null;
                name_en: string;
                name_fr: string | null;
                name?: string | null;
            };
            source_url_en: string | null;
            source_url_fr: string | null;
            topics: components["schemas"]["Topic"][];
        };
        EvidencePage: {
            data: components["schemas"]["Statement"][];
            pagination: components["schemas"]["Pagination"];
        };
        RepresentativePage: {
            data: components["schemas"]["Representative"][];
            pagination: components["schemas"]["Pagination"];
        };
        Representative: {
            jurisdiction: components["schemas"]["Jurisdiction"];
            /** @example john-tory */
            slug: string;
            name: string;
            /** @example Councillor */
            elected_office: string;
            district_name: string | null;
            district_id: string | null;
            party_name: string | null;
            email: string | null;
            url: string | null;
            photo_url: string | null;
            offices: components["schemas"]["RepresentativeOffice"][];
            /** @example /api/v1/representatives/ca_on_toronto/john-tory */
            href: string;
        };
        Jurisdiction: {
            /** @example ca_on_toronto */
            slug: string;
            name_en: string;
            name_fr: string | null;
            name?: string | null;
            /** @enum {string} */
            level: "provincial" | "municipal";
            /** @enum {string} */
            province: "AB" | "BC" | "MB" | "NB" | "NL" | "NS" | "NT" | "NU" | "ON" | "PE" | "QC" | "SK" | "YT";
        };
        RepresentativeOffice: {
            /** @description The publisher's label, e.g. `constituency`, `legislature`. */
            type: string | null;
            tel: string | null;
            fax: string | null;
            postal: string | null;
        };
        RepresentativeDetail: components["schemas"]["Representative"] & {
            personal_url: string | null;
            source_url: string | null;
            /** @description Represent's `extra` links, keyed by the publisher's labels. */
            extra: {
                [key: string]: unknown;
            } | null;
        };
        Postcode: {
            /** @example K1A0A6 */
            code: string;
            city: string | null;
            province: string | null;
            /** @description Our federal riding for the code, when we hold it. */
            riding: {
                edid: number | null;
                slug: string;
                name_en: string;
                name_fr: string | null;
                name?: string | null;
                /** @enum {string} */
                province: "AB" | "BC" | "MB" | "NB" | "NL" | "NS" | "NT" | "NU" | "ON" | "PE" | "QC" | "SK" | "YT";
                representation_order: number | null;
                current: boolean;
                href: string;
            } | null;
            /** @description Our member for that riding (see `member_match`). */
            member: components["schemas"]["MemberRef"] & ({
                party: components["schemas"]["PartyRef"];
                href: string;
            } | null);
            /**
             * @description How the member was linked: `riding_and_name` (holds a term in the riding and has Represent's MP's name), `riding` (holds the riding's open term; Represent's MP's name differs or is absent), `name` (no riding; the one member of that name).
             * @enum {string|null}
             */
            member_match: "riding_and_name" | "riding" | "name" | null;
            federal_representative: components["schemas"]["PostcodeRepresentative"];
            /** @description Provincial and municipal representatives, as Represent lists them. */
            representatives: components["schemas"]["PostcodeRepresentative"][];
            boundaries: {
                boundary_set_name: string;
                name: string;
                external_id: string | null;
            }[];
        };
        /** @description The MP as Represent lists them. */
        PostcodeRepresentative: {
            /** @enum {string} */
            level: "federal" | "provincial" | "municipal";
            /** @example MPP */
            elected_office: string;
            name: string;
            district_name: string | null;
            /** @example Legislative Assembly of Ontario */
            representative_set_name: string;
            party_name: string | null;
            email: string | null;
            url: string | null;
            photo_url: string | null;
            offices: {
                type: string | null;
                tel: string | null;
                fax: string | null;
                postal: string | null;
            }[];
        } | null;
        EtlSource: {
            /** @example hansard-debates */
            name: string;
            title: string;
            publisher: string;
            format: string;
            url_pattern: string;
            refresh_hours: number;
            depends_on: string[];
            last_success_at: string | null;
            /** @description The run that last loaded the source successfully (`succeeded` or `partial`): the one `last_success_at` is from. */
            last_run_id: string | null;
            last_run: {
                id: string;
                status: string;
                started_at: string;
                finished_at: string | null;
                /** @description When the run's failed documents are next loaded again, if any are due for a retry. */
                next_retry_at: string | null;
            } | null;
            record_count: number;
            /** @description Never loaded, or not refreshed within `refresh_hours`. */
            stale: boolean;
            /** @description Hours since the last successful load. */
            staleness_hours: number | null;
        };
        EtlRun: {
            id: string;
            source: string;
            /** @enum {string} */
            trigger: "cron" | "manual" | "dependency";
            /** @enum {string} */
            status: "running" | "succeeded" | "partial" | "failed";
            started_at: string;
            finished_at: string | null;
            documents_total: number;
            documents_done: number;
            documents_failed: number;
            read: number;
            inserted: number;
            updated: number;
            unchanged: number;
            rejected: number;
            error: string | null;
        };
        EtlRunDetail: components["schemas"]["EtlRun"] & {
            documents: {
                document: string;
                status: string;
                read: number;
                inserted: number;
                updated: number;
                unchanged: number;
                rejected: number;
                error: string | null;
                finished_at: string | null;
                /** @description How many times the document has failed in this run. */
                attempts: number;
                /** @description When a failed document is loaded again; null once loaded or out of retries. */
                retry_at: string | null;
            }[];
            rejects: {
                document: string;
                record_index: number | null;
                source_id: string | null;
                reason: string;
            }[];
            quality: {
                check: string;
                /** @enum {string} */
                status: "pass" | "warn" | "fail";
                detail: string;
                measured?: unknown;
            }[];
        };
        EtlRunRequest: {
            /** @enum {string} */
            source: "openparliament-sessions" | "openparliament-parties" | "openparliament-ridings" | "openparliament-politicians" | "ocd-divisions" | "house-rosters" | "parlinfo-members" | "hansard-debates" | "hansard-committees" | "represent" | "legisinfo";
        };
        EtlDatasetCompleteness: {
            /** @enum {string} */
            dataset: "ballots" | "members" | "member_terms" | "statements" | "bills";
            records: number;
            fields: {
                field: string;
                /** @description Records with this field stated. */
                filled: number;
            }[];
            unknown: components["schemas"]["EtlUnknownList"][];
        };
        EtlUnknownList: {
            /** @example ballots_without_party */
            check: string;
            /** @description How many records are still unknown in this way. */
            count: number;
            items: {
                /** @example 44-1/333 O'Toole */
                subject: string;
                /** @description Why the value is unknown. */
                detail: string;
                /** @description For an identity not settled: every member it could be. Nothing is guessed. */
                candidates: {
                    /**
                     * @description The candidate member's slug (`/members/{slug}`).
                     * @example erin-otoole
                     */
                    member: string;
                    name: string;
                    /** @description Why they are a candidate: their roster terms. */
                    detail: string;
                }[];
            }[];
        };
        SearchPage: {
            data: components["schemas"]["SearchResult"][];
            /** @description Counts over every result of the query and filters (each facet's counts add up to `total`); when `total_relation` is `gte`, over the newest matches the search read. */
            facets: {
                type: components["schemas"]["SearchFacet"][];
                party: components["schemas"]["SearchFacet"][];
                session: components["schemas"]["SearchFacet"][];
                year: components["schemas"]["SearchFacet"][];
            };
            pagination: components["schemas"]["Pagination"] & {
                /**
                 * @description `eq`: `total` counts every result. `gte`: the query matches more than a search reads (its newest matches per result type, ranked and counted); `total` is a lower bound and pages end there. Narrow it with filters, e.g. a date range, to reach older results.
                 * @enum {string}
                 */
                total_relation: "eq" | "gte";
            };
            /** @description Whether semantic results were blended in (a Vectorize index is bound). */
            semantic: boolean;
        };
        SearchResult: {
            /** @enum {string} */
            type: "statement" | "bill" | "member" | "committee" | "representative";
            /**
             * @description The result's id in its own API: statement id, `session/number` for bills, House id or slug for members, slug for committees, `jurisdiction/slug` for representatives.
             * @example 44-1/C-332
             */
            id: string;
            /** @description Plain text. */
            title: string;
            /**
             * @description The API path of the result (for a statement: its transcript).
             * @example /api/v1/bills/44-1/C-332
             */
            url: string;
            /** @description HTML: the source text escaped, each match in `<mark>`…`</mark>`. */
            snippet: string;
            /** @description Relevance, higher is better: the weighted bm25 score relative to the best match of the same type, times the type's weight; among results blended with semantic search, the reciprocal-rank-fusion score. */
            score: number;
            /** @description Statement date; a bill's introduction (else latest stage) date. */
            date: string | null;
            session: string | null;
            /** @description Party slug: the speaker's party that day, a bill sponsor's, a member's current one. */
            party: string | null;
            member: components["schemas"]["SearchMemberRef"];
            /** @description Which rankings found the result, when semantic search is blended in. */
            matched?: ("keyword" | "semantic")[];
            statement?: {
                sequence: number;
                /** @description The speaker as printed. */
                speaker: string | null;
                heading: string | null;
                subheading: string | null;
                document: {
                    /** @enum {string} */
                    kind: "debates" | "evidence";
                    number: number;
                    committee: string | null;
                };
            };
            bill?: {
                number: string;
                status: string | null;
            };
            committee?: {
                acronym: string | null;
            };
            representative?: {
                jurisdiction: string;
                office: string;
                district: string | null;
                party_name: string | null;
            };
        };
        /** @description The speaker, the bill's sponsor, or the member found. */
        SearchMemberRef: {
            /** @description House of Commons person id; null for members known only by slug. */
            id: number | null;
            slug: string;
            name: string;
        } | null;
        SearchFacet: {
            /** @description The filter value (`null`: results without one, e.g. members have no session). */
            value: string | null;
            /** @description A readable name, for parties. */
            label?: string | null;
            count: number;
        };
        Suggestions: {
            data: components["schemas"]["Suggestion"][];
        };
        Suggestion: {
            /** @enum {string} */
            type: "member" | "bill" | "topic";
            /** @description House id or slug (members), `session/number` (bills), the topic's title (topics). */
            id: string;
            /** @description Plain text to show or complete to. */
            text: string;
            /** @description `text` as HTML, the completed words in `<mark>`. */
            html: string;
            /** @description The API path of the member or bill; for a topic, a search for it. */
            url: string;
            /** @description Statements under the topic. */
            statements?: number;
            /**
             * @description The topic's language.
             * @enum {string}
             */
            lang?: "en" | "fr";
        };
        SearchAnalytics: {
            /** @description Start of the period (inclusive), ISO-8601 UTC. */
            from: string;
            /** @description End of the period (exclusive), ISO-8601 UTC. */
            to: string;
            searches: number;
            zero_result_searches: number;
            /** @description Nearest-rank percentiles of the time to answer, null without searches. */
            latency_ms: {
                p50: number | null;
                p95: number | null;
                p99: number | null;
                max: number | null;
            };
            top_queries: {
                /** @description Normalised: lower case, accents folded, as the parser read it. */
                query: string;
                searches: number;
                average_results: number;
            }[];
            zero_result_queries: {
                /** @description Normalised: lower case, accents folded, as the parser read it. */
                query: string;
                searches: number;
                last_searched_at: string;
            }[];
        };
        Accepted: {
            /** @enum {string} */
            status: "accepted";
            detail: string;
        };
        RegisterRequest: {
            /**
             * Format: email
             * @example ada@example.org
             */
            email: string;
            /**
             * @description At least 12 and at most 256 characters, at least 2 kinds of characters (lower-case, capitals, digits, spaces or symbols), not built on the email address nor on a very common password.
             * @example correct horse battery staple 7
             */
            password: string;
            /** @example Ada Lovelace */
            display_name?: string;
            /**
             * @description Language of the emails the account receives.
             * @enum {string}
             */
            locale?: "en" | "fr";
        };
        TokenResponse: {
            /** @description An ES256 JWT for `Authorization: Bearer`; verify it with `/.well-known/jwks.json`. */
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /**
             * @description Seconds the access token is valid.
             * @example 900
             */
            expires_in: number;
            /** @description Opaque and single-use: each refresh returns the next one. */
            refresh_token: string;
            /** @description Seconds the refresh token stays usable if not used. */
            refresh_expires_in: number;
            session: components["schemas"]["AuthSession"];
            user: components["schemas"]["Account"];
        };
        AuthSession: {
            id: string;
            user_agent: string | null;
            device_name: string | null;
            created_at: string;
            last_used_at: string;
            /** @description The session's absolute end; refreshing never extends it. */
            expires_at: string;
        };
        Account: {
            id: string;
            email: string;
            display_name: string | null;
            /**
             * @description Language of the emails the account receives.
             * @enum {string}
             */
            locale: "en" | "fr";
            roles: components["schemas"]["Role"][];
            email_verified: boolean;
            email_verified_at: string | null;
            disabled: boolean;
            disabled_at: string | null;
            created_at: string;
            last_login_at: string | null;
        };
        /** @enum {string} */
        Role: "citizen" | "analyst" | "admin" | "service";
        LoginRequest: {
            /** @example ada@example.org */
            email: string;
            password: string;
            /**
             * @description A label for this device in the sessions list.
             * @example Firefox on Linux
             */
            device_name?: string;
        };
        RefreshRequest: {
            refresh_token: string;
        };
        LogoutRequest: {
            refresh_token: string;
        };
        Me: components["schemas"]["Account"] & {
            /** @enum {string} */
            signed_in_with: "access_token" | "api_key";
            /** @description The session of the access token; null for API keys. */
            session_id: string | null;
            api_key_id: string | null;
        };
        ProfileUpdate: {
            /** @example Ada Lovelace */
            display_name?: string | null;
            /**
             * @description Language of the emails the account receives.
             * @enum {string}
             */
            locale?: "en" | "fr";
        };
        PasswordChange: {
            current_password: string;
            /**
             * @description At least 12 and at most 256 characters, at least 2 kinds of characters (lower-case, capitals, digits, spaces or symbols), not built on the email address nor on a very common password.
             * @example correct horse battery staple 7
             */
            new_password: string;
        };
        DevicePage: {
            data: components["schemas"]["Device"][];
            pagination: components["schemas"]["Pagination"];
        };
        Device: components["schemas"]["AuthSession"] & {
            /** @description Whether this is the session of the access token making the request. */
            current: boolean;
        };
        PasswordResetRequest: {
            /**
             * Format: email
             * @example ada@example.org
             */
            email: string;
        };
        PasswordResetConfirm: {
            token: string;
            /**
             * @description At least 12 and at most 256 characters, at least 2 kinds of characters (lower-case, capitals, digits, spaces or symbols), not built on the email address nor on a very common password.
             * @example correct horse battery staple 7
             */
            password: string;
        };
        EmailVerification: {
            token: string;
        };
        ApiKeyPage: {
            data: components["schemas"]["ApiKey"][];
            pagination: components["schemas"]["Pagination"];
        };
        ApiKey: {
            id: string;
            name: string;
            /**
             * @description The visible start of the key, to tell keys apart.
             * @example op_k3j9x2aa
             */
            prefix: string;
            tier: string;
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            owner_user_id: string;
            created_at: string;
            expires_at: string | null;
            revoked_at: string | null;
            last_used_at: string | null;
        };
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /**
             * @description The whole key. Shown this once: only a digest is kept.
             * @example op_k3j9x2aa_7Gm…
             */
            key: string;
        };
        ApiKeyRequest: {
            /** @example newsroom dashboard */
            name: string;
            /**
             * @description Rate-limit tier. `partner` is granted by admins only.
             * @default free
             * @enum {string}
             */
            tier?: "free" | "partner";
            /**
             * Format: date-time
             * @description When the key stops working; none by default.
             */
            expires_at?: string;
        };
        ApiKeyUpdate: {
            /**
             * @description Rate-limit tier. `partner` is granted by admins only.
             * @enum {string}
             */
            tier: "free" | "partner";
        };
        AdminApiKeyPage: {
            data: components["schemas"]["AdminApiKey"][];
            pagination: components["schemas"]["Pagination"];
        };
        AdminApiKey: components["schemas"]["ApiKey"] & {
            /** @description The account the key acts as. A disabled owner's keys do not resolve, whatever their status. */
            owner: {
                id: string;
                email: string;
                display_name: string | null;
                disabled: boolean;
            };
        };
        AccountPage: {
            data: components["schemas"]["Account"][];
            pagination: components["schemas"]["Pagination"];
        };
        AccountUpdate: {
            /** @description The account's roles from now on; `citizen` is always kept. */
            roles?: ("citizen" | "analyst" | "admin")[];
            /** @description Disabling ends every session at once, stops the account's API keys and refuses sign-in and refresh; access tokens already issued lapse within 15 minutes. */
            disabled?: boolean;
        };
        JwkSet: {
            keys: components["schemas"]["Jwk"][];
        };
        Jwk: {
            kty: string;
            kid: string;
            alg?: string;
            use?: string;
            crv?: string;
            x?: string;
            y?: string;
        };
        SavedChartCreated: {
            /** @example q3VhZr0kTQm-Xw1L */
            id: string;
            /**
             * @description Where the chart is shown, under the API's base.
             * @example /api/v1/charts/s/q3VhZr0kTQm-Xw1L
             */
            url: string;
        };
        /**
         * @description A chart kind and the parameters that kind takes (as its GET route's query), with an optional language and title.
         * @example {
         *       "kind": "vote-by-party",
         *       "session": "44-1",
         *       "number": 332,
         *       "lang": "fr"
         *     }
         */
        SavedChartDefinition: components["schemas"]["SavedChartVoteByPartyDefinition"] | components["schemas"]["SavedChartBillsByStageDefinition"] | components["schemas"]["SavedChartMemberActivityDefinition"] | components["schemas"]["SavedChartPartyCohesionDefinition"] | components["schemas"]["SavedChartMentionsOverTimeDefinition"];
        SavedChartVoteByPartyDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "vote-by-party";
            /**
             * @description Session code, e.g. `44-1`.
             * @example 44-1
             */
            session: string;
            /**
             * @description Division number within the session.
             * @example 332
             */
            number: number;
            /**
             * @description The language to draw the chart in when the reader asks for none.
             * @enum {string}
             */
            lang?: "en" | "fr";
            /** @description A title of your own, shown on the chart instead of the generated one. */
            title?: string;
        };
        SavedChartBillsByStageDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "bills-by-stage";
            /**
             * @description Session code, e.g. `44-1`.
             * @example 44-1
             */
            session: string;
            /**
             * @description The language to draw the chart in when the reader asks for none.
             * @enum {string}
             */
            lang?: "en" | "fr";
            /** @description A title of your own, shown on the chart instead of the generated one. */
            title?: string;
        };
        SavedChartMemberActivityDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "member-activity";
            /**
             * @description House of Commons person id (any Hansard `Affiliation DbId` of the member, or their ourcommons.ca PersonId), or the member's slug, as `/members/{id}` takes it.
             * @example 278625
             */
            member: string;
            /**
             * @description The language to draw the chart in when the reader asks for none.
             * @enum {string}
             */
            lang?: "en" | "fr";
            /** @description A title of your own, shown on the chart instead of the generated one. */
            title?: string;
        };
        SavedChartPartyCohesionDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "party-cohesion";
            /**
             * @description Session code, e.g. `44-1`.
             * @example 44-1
             */
            session: string;
            /**
             * @description The language to draw the chart in when the reader asks for none.
             * @enum {string}
             */
            lang?: "en" | "fr";
            /** @description A title of your own, shown on the chart instead of the generated one. */
            title?: string;
        };
        SavedChartMentionsOverTimeDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "mentions-over-time";
            /**
             * @description Search query, as `/search` reads it: words (all must match), `"exact phrases"`, `-excluded` words or phrases, and `OR` between alternatives; accents are ignored.
             * @example "carbon tax"
             */
            q: string;
            /**
             * @description The language to draw the chart in when the reader asks for none.
             * @enum {string}
             */
            lang?: "en" | "fr";
            /** @description A title of your own, shown on the chart instead of the generated one. */
            title?: string;
        };
        SavedChart: {
            id: string;
            url: string;
            created_at: string;
            definition: components["schemas"]["SavedChartDefinition"];
            /** @enum {string} */
            kind: "vote-by-party" | "bills-by-stage" | "member-activity" | "party-cohesion" | "mentions-over-time";
            title: components["schemas"]["ChartText"];
            /** @description The kind's data, as `/charts/{kind}` answers it, from current data. */
            data: components["schemas"]["ChartVoteByPartyData"] | components["schemas"]["ChartBillsByStageData"] | components["schemas"]["ChartMemberActivityData"] | components["schemas"]["ChartPartyCohesionData"] | components["schemas"]["ChartMentionsOverTimeData"];
            chart: components["schemas"]["ChartConfig"];
        };
        ChartText: {
            en: string;
            fr: string;
        };
        ChartVoteByPartyData: {
            division: components["schemas"]["ChartDivision"];
            /** @description One row per party, largest first; members whose party is unknown form the last row, so the rows add up to every ballot. */
            rows: components["schemas"]["ChartPartyBallots"][];
            totals: {
                yea: number;
                nay: number;
                paired: number;
                total: number;
            };
        };
        ChartDivision: {
            /** @example 44-1 */
            session: string;
            /** @example 332 */
            number: number;
            date: string;
            description_en: string | null;
            description_fr: string | null;
            /** @enum {string} */
            result: "passed" | "failed" | "tie";
            /** @description As printed in the Hansard. */
            yea_total: number;
            nay_total: number;
            paired_total: number;
        };
        ChartPartyBallots: {
            /**
             * @description Party slug; null for the ballots of members whose party that day is unknown.
             * @example liberal
             */
            party: string | null;
            /** @example Liberal */
            label_en: string;
            /** @example Libéral */
            label_fr: string;
            yea: number;
            nay: number;
            paired: number;
            total: number;
        };
        ChartBillsByStageData: {
            session: components["schemas"]["ChartSession"];
            /** @description Every stage in the order bills pass them, with zero where no bill stands there; then bills with no stage recorded, when there are any. */
            rows: components["schemas"]["ChartBillStage"][];
            /** @description The session's bills: the sum of the rows. */
            total: number;
        };
        ChartSession: {
            /** @example 44-1 */
            code: string;
            name_en: string;
            name_fr: string | null;
        };
        ChartBillStage: {
            /**
             * @description The latest stage the bill reached; null when none is recorded.
             * @enum {string|null}
             */
            stage: "first_reading" | "second_reading" | "committee" | "report" | "third_reading" | "senate_amendments" | "royal_assent" | "defeated" | "withdrawn" | "other" | null;
            /** @example Second reading */
            label_en: string;
            /** @example Deuxième lecture */
            label_fr: string;
            bills: number;
        };
        ChartMemberActivityData: {
            member: components["schemas"]["ChartMember"];
            /** @description Every month from the member's first recorded activity to the last, quiet months as zeros. */
            rows: components["schemas"]["ChartMemberMonth"][];
            totals: {
                statements: number;
                ballots: number;
            };
        };
        ChartMember: {
            /**
             * @description House of Commons person id; null for members known only by slug.
             * @example 278625
             */
            id: number | null;
            slug: string;
            name: string;
        };
        ChartMemberMonth: {
            /**
             * @description `YYYY-MM`.
             * @example 2014-05
             */
            month: string;
            /** @description Statements the member made that month, in the House and in committee. */
            statements: number;
            /** @description Divisions the member voted in (or was paired for) that month. */
            ballots: number;
        };
        ChartPartyCohesionData: {
            session: components["schemas"]["ChartSession"];
            /** @description The session's divisions, in order. */
            divisions: {
                number: number;
                date: string;
                description_en: string | null;
                description_fr: string | null;
                /** @description Ballots of independents and of members whose party is unknown: there is no party line to measure them against. */
                ballots_outside_parties: number;
            }[];
            /** @description Parties by members voting over the session, most first. */
            parties: {
                party: string;
                label_en: string;
                label_fr: string;
                /** @description Divisions in which the party's members voted. */
                divisions: number;
                /** @description The mean of the party's `cohesion` over those divisions. */
                mean_cohesion: number | null;
            }[];
            /** @description One row per division and party, in division order. */
            rows: components["schemas"]["ChartPartyCohesionRow"][];
        };
        ChartPartyCohesionRow: {
            /** @example 140 */
            division: number;
            date: string;
            /** @example ndp */
            party: string;
            label_en: string;
            label_fr: string;
            yea: number;
            nay: number;
            /** @description Paired members did not vote, so they are not measured. */
            paired: number;
            /** @description `yea + nay`. */
            voting: number;
            /** @description Members voting as most of their party did: the larger of `yea` and `nay`. */
            with_majority: number;
            /**
             * @description `with_majority / voting`, from 0.5 (split down the middle) to 1 (united); null when none voted.
             * @example 1
             */
            cohesion: number | null;
        };
        ChartMentionsOverTimeData: {
            /** @description The query, as given. */
            q: string;
            /** @description Every month from the first statement that matches to the last, quiet months as zeros. */
            rows: components["schemas"]["ChartMentionsMonth"][];
            /** @description Every statement that matches, the sum of the rows (`/search` counts at most its window of recent matches). */
            total: number;
        };
        ChartMentionsMonth: {
            /** @example 2023-05 */
            month: string;
            statements: number;
        };
        /** @description A Chart.js 4 configuration, ready for `new Chart(canvas, chart)`. */
        ChartConfig: {
            /** @enum {string} */
            type: "bar" | "line";
            data: {
                labels: string[];
                datasets: components["schemas"]["ChartDataset"][];
            };
            options: {
                responsive: boolean;
                maintainAspectRatio: boolean;
                interaction: {
                    /** @enum {string} */
                    mode: "index" | "nearest";
                    intersect: boolean;
                };
                plugins: {
                    title: {
                        display: boolean;
                        text: string;
                    };
                    subtitle?: {
                        display: boolean;
                        text: string;
                    };
                    legend: {
                        display: boolean;
                        /** @enum {string} */
                        position: "top" | "bottom";
                    };
                };
                scales: {
                    x: {
                        stacked?: boolean;
                        beginAtZero?: boolean;
                        min?: number;
                        max?: number;
                        title: {
                            display: boolean;
                            text: string;
                        };
                        ticks?: {
                            precision?: number;
                            maxTicksLimit?: number;
                        };
                    };
                    y: {
                        stacked?: boolean;
                        beginAtZero?: boolean;
                        min?: number;
                        max?: number;
                        title: {
                            display: boolean;
                            text: string;
                        };
                        ticks?: {
                            precision?: number;
                            maxTicksLimit?: number;
                        };
                    };
                };
            };
        };
        ChartDataset: {
            label: string;
            /** @description One value per label; null where there is none (a gap in a line). */
            data: (number | null)[];
            backgroundColor: string | string[];
            borderColor: string | string[];
            borderWidth?: number;
            fill?: boolean;
            tension?: number;
            spanGaps?: boolean;
            pointRadius?: number;
        };
        ChartVoteByParty: {
            /** @enum {string} */
            kind: "vote-by-party";
            title: components["schemas"]["ChartText"];
            data: components["schemas"]["ChartVoteByPartyData"];
            chart: components["schemas"]["ChartConfig"];
        };
        ChartBillsByStage: {
            /** @enum {string} */
            kind: "bills-by-stage";
            title: components["schemas"]["ChartText"];
            data: components["schemas"]["ChartBillsByStageData"];
            chart: components["schemas"]["ChartConfig"];
        };
        ChartMemberActivity: {
            /** @enum {string} */
            kind: "member-activity";
            title: components["schemas"]["ChartText"];
            data: components["schemas"]["ChartMemberActivityData"];
            chart: components["schemas"]["ChartConfig"];
        };
        ChartPartyCohesion: {
            /** @enum {string} */
            kind: "party-cohesion";
            title: components["schemas"]["ChartText"];
            data: components["schemas"]["ChartPartyCohesionData"];
            chart: components["schemas"]["ChartConfig"];
        };
        ChartMentionsOverTime: {
            /** @enum {string} */
            kind: "mentions-over-time";
            title: components["schemas"]["ChartText"];
            data: components["schemas"]["ChartMentionsOverTimeData"];
            chart: components["schemas"]["ChartConfig"];
        };
        HealthCheckPage: {
            data: components["schemas"]["HealthCheckRecord"][];
            pagination: components["schemas"]["Pagination"];
        };
        HealthCheckRecord: {
            /** @enum {string} */
            service: "parliament" | "etl" | "search" | "auth" | "notifications" | "config" | "policy" | "charts" | "mobile" | "health" | "monitoring" | "deployment";
            /** @enum {string} */
            status: "ok" | "degraded" | "down";
            latency_ms: number;
            /** @example 2026-11-26T04:10:00.000Z */
            checked_at: string;
        };
    };
    responses: {
        /** @description A parameter or the body is invalid; `errors[]` names each one. */
        BadRequest: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Credentials were sent that do not verify (an expired or revoked token, an unknown API key), or the route needs a caller and none was sent. */
        Unauthorized: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller lacks the role the route needs. */
        Forbidden: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's rate limit is spent; `Retry-After` says when to try again. */
        TooManyRequests: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service that answers this route is unavailable (its circuit breaker is open, or it failed); `Retry-After` says when to try again. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Calls the caller's budget allows per window. */
        RateLimitLimit: number;
        /** @description Calls left in the current window. */
        RateLimitRemaining: number;
        /** @description Seconds until the window resets. */
        RateLimitReset: number;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform is ok or degraded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every service is down. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformHealth"];
                };
            };
        };
    };
    getHealthParliament: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    getSessions: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSessionsByCode: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Session code, e.g. `44-1`. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetail"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getParties: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of parties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRidings: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Two-letter province or territory code. */
                province?: "AB" | "BC" | "MB" | "NB" | "NL" | "NS" | "NT" | "NU" | "ON" | "PE" | "QC" | "SK" | "YT";
                /** @description Only ridings of the current representation order (`true`) or only past ones (`false`). */
                current?: "true" | "false";
                /** @description Part of the riding's English or French name. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ridings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RidingPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRidingsByEdid: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                representation_order?: number;
            };
            header?: never;
            path: {
                edid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The riding and its members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RidingDetail"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMembers: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Session code, e.g. `44-1`. */
                session?: string;
                /** @description Party slug (see `/parties`). */
                party?: string;
                /** @description Two-letter province or territory code. */
                province?: "AB" | "BC" | "MB" | "NB" | "NL" | "NS" | "NT" | "NU" | "ON" | "PE" | "QC" | "SK" | "YT";
                /** @description Riding edid or slug. */
                riding?: string;
                /** @description Part of the member's name. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMembersById: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description House of Commons person id (any Hansard `Affiliation DbId` of the member, or their ourcommons.ca PersonId), or the member's slug. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberProfile"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMembersByIdVotes: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Session code, e.g. `44-1`. */
                session?: string;
                /** @description Only this ballot: `yea`, `nay` or `paired`. */
                ballot?: "yea" | "nay" | "paired";
            };
            header?: never;
            path: {
                /** @description House of Commons person id (any Hansard `Affiliation DbId` of the member, or their ourcommons.ca PersonId), or the member's slug. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the member's ballots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberBallotPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMembersByIdStatements: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Part of the statement's text, in either language. */
                q?: string;
                /** @description On or after this date (YYYY-MM-DD). */
                date_from?: string;
                /** @description On or before this date (YYYY-MM-DD). */
                date_to?: string;
            };
            header?: never;
            path: {
                /** @description House of Commons person id (any Hansard `Affiliation DbId` of the member, or their ourcommons.ca PersonId), or the member's slug. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberStatementPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBills: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Session code, e.g. `44-1`. */
                session?: string;
                /** @description Latest stage reached. */
                status?: "first_reading" | "second_reading" | "committee" | "report" | "third_reading" | "senate_amendments" | "royal_assent" | "defeated" | "withdrawn" | "other";
                /** @description Sponsoring member's id or slug. */
                sponsor?: string;
                /** @description Bill number or part of a title. */
                q?: string;
                /** @description `number` (newest session, then by number) or `recent` (latest stage first). */
                sort?: "number" | "recent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bills. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBillsBySessionByNumber: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Session code, e.g. `44-1`. */
                session: string;
                /** @description Bill number as printed, e.g. `C-332`. */
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bill. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillDetail"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVotes: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Session code, e.g. `44-1`. */
                session?: string;
                /** @description Bill number, e.g. `C-332` (in any session unless `session` is given). */
                bill?: string;
                /** @description `passed`, `failed` or `tie`. */
                result?: "passed" | "failed" | "tie";
                /** @description On or after this date (YYYY-MM-DD). */
                date_from?: string;
                /** @description On or before this date (YYYY-MM-DD). */
                date_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of divisions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VotePage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVotesBySessionByNumber: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Session code, e.g. `44-1`. */
                session: string;
                /** @description Division number within the session. */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The division. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteDetail"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getVotesBySessionByNumberBallots: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Party slug (see `/parties`). */
                party?: string;
                /** @description Only this ballot: `yea`, `nay` or `paired`. */
                ballot?: "yea" | "nay" | "paired";
            };
            header?: never;
            path: {
                /** @description Session code, e.g. `44-1`. */
                session: string;
                /** @description Division number within the session. */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ballots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDebates: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Session code, e.g. `44-1`. */
                session?: string;
                /** @description On or after this date (YYYY-MM-DD). */
                date_from?: string;
                /** @description On or before this date (YYYY-MM-DD). */
                date_to?: string;
                /** @description Only sittings or only committee evidence. */
                kind?: "debates" | "evidence";
                /** @description Committee slug (evidence only). */
                committee?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transcripts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebatePage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDebatesByDate: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Day of the sitting (YYYY-MM-DD). */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sitting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sitting"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDebatesByDateStatements: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Day of the sitting (YYYY-MM-DD). */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCommittees: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Session code, e.g. `44-1`. */
                session?: string;
                /** @description Part of the name or the acronym. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of committees. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteePage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCommitteesBySlug: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Committee slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The committee. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeDetail"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCommitteesBySlugMeetings: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Session code, e.g. `44-1`. */
                session?: string;
            };
            header?: never;
            path: {
                /** @description Committee slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of meetings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeMeetingPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCommitteesBySlugMeetingsBySessionByNumber: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Committee slug. */
                slug: string;
                /** @description Session code, e.g. `44-1`. */
                session: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeMeetingDetail"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCommitteesBySlugMeetingsBySessionByNumberStatements: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                /** @description Committee slug. */
                slug: string;
                /** @description Session code, e.g. `44-1`. */
                session: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidencePage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRepresentatives: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
                /** @description Jurisdiction slug. */
                jurisdiction?: string;
                level?: "provincial" | "municipal";
                /** @description Two-letter province or territory code. */
                province?: "AB" | "BC" | "MB" | "NB" | "NL" | "NS" | "NT" | "NU" | "ON" | "PE" | "QC" | "SK" | "YT";
                office?: string;
                district?: string;
                /** @description Part of the representative's name. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of representatives. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepresentativePage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRepresentativesByJurisdictionBySlug: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                jurisdiction: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The representative. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepresentativeDetail"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPostcodesByCode: {
        parameters: {
            query?: {
                /** @description Adds the chosen language's text under the plain field names (`name`, `title`, `text`…) beside `_en`/`_fr`. Without it, the first of en/fr in `Accept-Language` is used; without either, only `_en`/`_fr` are served. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code's riding, member and representatives. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Postcode"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description An upstream service failed or answered something unreadable. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is unavailable; `Retry-After` says when to try again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An upstream service did not answer in time. */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealthEtl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    getEtlSources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EtlSource"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEtlRuns: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                source?: "openparliament-sessions" | "openparliament-parties" | "openparliament-ridings" | "openparliament-politicians" | "ocd-divisions" | "house-rosters" | "parlinfo-members" | "hansard-debates" | "hansard-committees" | "represent" | "legisinfo";
                status?: "running" | "succeeded" | "partial" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EtlRun"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postEtlRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EtlRunRequest"];
            };
        };
        responses: {
            /** @description The run was started, or the run already in progress is answered (resumed first if it had stalled). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        source: string;
                        status: string;
                        documents_total: number;
                    };
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The request conflicts with the resource's current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEtlRunsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EtlRunDetail"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEtlQuality: {
        parameters: {
            query?: {
                /** @description Items listed per kind of unknown (the count is always the full count). */
                limit?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Completeness of each dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EtlDatasetCompleteness"][];
                    };
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealthSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    getSearch: {
        parameters: {
            query: {
                /** @description Words (all must match), `"exact phrases"`, `-excluded` words or phrases, and `OR` between alternatives. Accents are ignored (`economie` finds `économie`). Everything else is searched as text. */
                q: string;
                /** @description Only these kinds of result: statement, bill, member, committee, representative (comma-separated). */
                type?: string;
                /** @description Session code; only statements and bills have one. */
                session?: string;
                /** @description Party slug (see `/parties`): the speaker's party on the day, a bill sponsor's, a member's current one. */
                party?: string;
                /** @description A member's House id or slug: their statements, the bills they sponsor, and the member. */
                member?: string;
                /** @description On or after this date (YYYY-MM-DD). */
                date_from?: string;
                /** @description On or before this date (YYYY-MM-DD). */
                date_to?: string;
                /** @description `relevance` (best first, newest first among equals) or `date` (newest first, then by relevance). */
                sort?: "relevance" | "date";
                /** @description Results per page (1–100). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Match only text in this language (names, numbers and districts match in either) and show titles and snippets in it. Without it both languages match, and `Accept-Language` picks the language shown. */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results, with facets and the total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSearchSuggest: {
        parameters: {
            query: {
                /** @description What has been typed. */
                q: string;
                /** @description Suggestions of each kind (1–20). */
                limit?: number;
                /** @description Only topics in this language (else `Accept-Language` picks bill titles' language). */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members, then bills, then topics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Suggestions"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSearchAnalytics: {
        parameters: {
            query?: {
                /** @description Start (inclusive): a date or timestamp. */
                from?: string;
                /** @description End: a date (inclusive, the whole day) or a timestamp (exclusive). */
                to?: string;
                /** @description Queries listed in each ranking (1–100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchAnalytics"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealthAuth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    postAuthRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Accepted; an email is on its way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many failed sign-ins from this client; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description The new tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    patchAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileUpdate"];
            };
        };
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAuthSessions: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevicePage"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAuthSessionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The session id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session has ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAuthPasswordResetRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAuthPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirm"];
            };
        };
        responses: {
            /** @description The password is changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAuthVerifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailVerification"];
            };
        };
        responses: {
            /** @description The address is confirmed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAuthVerifyEmailResend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the resource's current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Three links were sent in the last hour already. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAuthApiKeys: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Admins only: whose keys. */
                user_id?: string;
                status?: "active" | "revoked" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAuthApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyRequest"];
            };
        };
        responses: {
            /** @description Created; the key is in `key`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the resource's current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAuthApiKeysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The key id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (or already was). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    patchAuthApiKeysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The key id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyUpdate"];
            };
        };
        responses: {
            /** @description The key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAuthAdminApiKeys: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                q?: string;
                status?: "active" | "revoked" | "expired";
                tier?: "free" | "partner";
                /** @description One account's keys. */
                user_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminApiKeyPage"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAuthUsers: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                q?: string;
                role?: "citizen" | "analyst" | "admin";
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAuthUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    patchAuthUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountUpdate"];
            };
        };
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the resource's current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWellKnownJwksJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwkSet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealthNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    getHealthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    getHealthPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    getHealthCharts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    postCharts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedChartDefinition"];
            };
        };
        responses: {
            /** @description Saved; `Location` is the link too. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedChartCreated"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The route needs a signed-in caller or an API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller lacks the role the route needs. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A parameter names no session, division or member; `errors[]` says which. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsSById: {
        parameters: {
            query?: {
                /** @description The language to draw the chart in (its title, labels and legend). Without it, `Accept-Language` decides; without that, English. */
                lang?: "en" | "fr";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved chart, drawn from current data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedChart"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsVoteByParty: {
        parameters: {
            query: {
                /** @description Session code, e.g. `44-1`. */
                session: string;
                /** @description Division number within the session. */
                number: number;
                /** @description The language to draw the chart in (its title, labels and legend). Without it, `Accept-Language` decides; without that, English. */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartVoteByParty"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsVoteByPartyCsv: {
        parameters: {
            query: {
                /** @description Session code, e.g. `44-1`. */
                session: string;
                /** @description Division number within the session. */
                number: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart's rows, as an attachment. */
            200: {
                headers: {
                    /** @description `attachment; filename="…"`. */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsBillsByStage: {
        parameters: {
            query: {
                /** @description Session code, e.g. `44-1`. */
                session: string;
                /** @description The language to draw the chart in (its title, labels and legend). Without it, `Accept-Language` decides; without that, English. */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartBillsByStage"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsBillsByStageCsv: {
        parameters: {
            query: {
                /** @description Session code, e.g. `44-1`. */
                session: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart's rows, as an attachment. */
            200: {
                headers: {
                    /** @description `attachment; filename="…"`. */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsMemberActivity: {
        parameters: {
            query: {
                /** @description House of Commons person id (any Hansard `Affiliation DbId` of the member, or their ourcommons.ca PersonId), or the member's slug, as `/members/{id}` takes it. */
                member: string;
                /** @description The language to draw the chart in (its title, labels and legend). Without it, `Accept-Language` decides; without that, English. */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartMemberActivity"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsMemberActivityCsv: {
        parameters: {
            query: {
                /** @description House of Commons person id (any Hansard `Affiliation DbId` of the member, or their ourcommons.ca PersonId), or the member's slug, as `/members/{id}` takes it. */
                member: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart's rows, as an attachment. */
            200: {
                headers: {
                    /** @description `attachment; filename="…"`. */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsPartyCohesion: {
        parameters: {
            query: {
                /** @description Session code, e.g. `44-1`. */
                session: string;
                /** @description The language to draw the chart in (its title, labels and legend). Without it, `Accept-Language` decides; without that, English. */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartPartyCohesion"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsPartyCohesionCsv: {
        parameters: {
            query: {
                /** @description Session code, e.g. `44-1`. */
                session: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart's rows, as an attachment. */
            200: {
                headers: {
                    /** @description `attachment; filename="…"`. */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsMentionsOverTime: {
        parameters: {
            query: {
                /** @description Search query, as `/search` reads it: words (all must match), `"exact phrases"`, `-excluded` words or phrases, and `OR` between alternatives; accents are ignored. */
                q: string;
                /** @description The language to draw the chart in (its title, labels and legend). Without it, `Accept-Language` decides; without that, English. */
                lang?: "en" | "fr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartMentionsOverTime"];
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getChartsMentionsOverTimeCsv: {
        parameters: {
            query: {
                /** @description Search query, as `/search` reads it: words (all must match), `"exact phrases"`, `-excluded` words or phrases, and `OR` between alternatives; accents are ignored. */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chart's rows, as an attachment. */
            200: {
                headers: {
                    /** @description `attachment; filename="…"`. */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The body matches the `If-None-Match` ETag the client sent; nothing is served. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such resource; `detail` names the id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealthMobile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    getHealthHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    getHealthHistory: {
        parameters: {
            query?: {
                /** @description Rows per page (1–200). */
                limit?: number;
                /** @description `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Only this service's checks. */
                service?: "parliament" | "etl" | "search" | "auth" | "notifications" | "config" | "policy" | "charts" | "mobile" | "health" | "monitoring" | "deployment";
                /** @description Checks at or after this time. */
                from?: string;
                /** @description Checks at or before this time. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of checks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheckPage"];
                };
            };
            /** @description A parameter is invalid; `errors[]` names each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealthMonitoring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
    getHealthDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed, or some did (`degraded`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            /** @description Every check failed. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceHealth"];
                };
            };
        };
    };
}
