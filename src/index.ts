import { createGateway } from "./app";
import { dispatchCron } from "./scheduled";

export { RateLimiter } from "../durable-objects/rate-limiter";
export { CircuitBreaker } from "../durable-objects/circuit-breaker";

const app = createGateway();

export default {
  fetch(request, env, ctx) {
    return app.fetch(request, env, ctx);
  },
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(dispatchCron(env, controller.cron, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
