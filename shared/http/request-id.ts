import { requestId as honoRequestId } from "hono/request-id";

import "./context";

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * Sets `c.var.requestId` and echoes it on the response. Ids from callers are kept so their traces
 * join ours, but only when they cannot poison logs: hono keeps ids of word characters, `-` and `=`
 * (here at most 128 of them) and replaces anything else with a fresh UUID.
 */
export const requestId = honoRequestId({ headerName: REQUEST_ID_HEADER, limitLength: 128 });
