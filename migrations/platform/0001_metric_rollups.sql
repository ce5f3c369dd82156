CREATE TABLE `metric_rollups` (
	`metric` text NOT NULL,
	`service` text NOT NULL,
	`bucket_start` text NOT NULL,
	`bucket_seconds` integer NOT NULL,
	`count` integer NOT NULL,
	`mean` real NOT NULL,
	`p50` real,
	`p99` real,
	`max` real,
	PRIMARY KEY(`metric`, `service`, `bucket_seconds`, `bucket_start`)
);
