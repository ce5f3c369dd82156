CREATE TABLE `etl_datasets` (
	`source` text PRIMARY KEY NOT NULL,
	`last_run_id` text,
	`last_success_at` text,
	`record_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `etl_quality_checks` (
	`run_id` text NOT NULL,
	`check` text NOT NULL,
	`status` text NOT NULL,
	`detail` text NOT NULL,
	`measured` text,
	PRIMARY KEY(`run_id`, `check`),
	FOREIGN KEY (`run_id`) REFERENCES `etl_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `etl_rejects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` text NOT NULL,
	`document` text NOT NULL,
	`record_index` integer,
	`source_id` text,
	`reason` text NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `etl_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `etl_rejects_run` ON `etl_rejects` (`run_id`);--> statement-breakpoint
CREATE TABLE `etl_run_documents` (
	`run_id` text NOT NULL,
	`document` text NOT NULL,
	`status` text NOT NULL,
	`read` integer DEFAULT 0 NOT NULL,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`error` text,
	`finished_at` text,
	PRIMARY KEY(`run_id`, `document`),
	FOREIGN KEY (`run_id`) REFERENCES `etl_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `etl_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`trigger` text NOT NULL,
	`status` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`documents_total` integer NOT NULL,
	`documents_done` integer DEFAULT 0 NOT NULL,
	`documents_failed` integer DEFAULT 0 NOT NULL,
	`read` integer DEFAULT 0 NOT NULL,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `etl_runs_source_time` ON `etl_runs` (`source`,`started_at`);--> statement-breakpoint
CREATE INDEX `etl_runs_time` ON `etl_runs` (`started_at`);