CREATE TABLE `saved_charts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`lang` text,
	`title` text,
	`created_by` text NOT NULL,
	`api_key_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `saved_charts_creator` ON `saved_charts` (`created_by`,`created_at`);