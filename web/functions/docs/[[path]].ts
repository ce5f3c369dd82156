import { forwardToGateway } from "../_lib/gateway";

export const onRequest = forwardToGateway;
