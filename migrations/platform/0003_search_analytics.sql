CREATE TABLE `search_queries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`query` text NOT NULL,
	`filters` text NOT NULL,
	`results` integer NOT NULL,
	`latency_ms` real NOT NULL,
	`semantic` integer DEFAULT false NOT NULL,
	`searched_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_queries_time` ON `search_queries` (`searched_at`);--> statement-breakpoint
CREATE INDEX `search_queries_query_time` ON `search_queries` (`query`,`searched_at`);--> statement-breakpoint
CREATE TABLE `search_vector_sync` (
	`name` text PRIMARY KEY NOT NULL,
	`last_updated_at` text NOT NULL,
	`last_id` integer NOT NULL,
	`embedded` integer DEFAULT 0 NOT NULL,
	`synced_at` text NOT NULL
);
