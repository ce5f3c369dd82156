CREATE TABLE `event_log` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`subject` text NOT NULL,
	`occurred_at` text NOT NULL,
	`data` text NOT NULL,
	`received_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `event_log_type_time` ON `event_log` (`type`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `event_log_subject` ON `event_log` (`subject`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `health_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service` text NOT NULL,
	`status` text NOT NULL,
	`latency_ms` integer NOT NULL,
	`detail` text NOT NULL,
	`checked_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `health_checks_service_time` ON `health_checks` (`service`,`checked_at`);--> statement-breakpoint
CREATE TABLE `queue_failures` (
	`queue` text NOT NULL,
	`message_id` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer NOT NULL,
	`last_error` text NOT NULL,
	`body` text NOT NULL,
	`first_failed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`queue`, `message_id`)
);
--> statement-breakpoint
CREATE INDEX `queue_failures_state` ON `queue_failures` (`state`,`updated_at`);--> statement-breakpoint
CREATE TABLE `service_status` (
	`service` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`since` text NOT NULL
);
