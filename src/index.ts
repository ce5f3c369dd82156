import { createGateway } from "./app";
import { dispatchCron } from "./scheduled";

const app = createGateway();

export default {
  fetch(request, env, ctx) {
    return app.fetch(request, env, ctx);
  },
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(dispatchCron(env, controller.cron, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
