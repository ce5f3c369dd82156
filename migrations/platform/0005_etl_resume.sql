ALTER TABLE `etl_run_documents` ADD `urls` text;--> statement-breakpoint
ALTER TABLE `etl_run_documents` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `etl_run_documents` ADD `retry_at` text;--> statement-breakpoint
CREATE INDEX `etl_run_documents_retry` ON `etl_run_documents` (`retry_at`) WHERE retry_at IS NOT NULL;--> statement-breakpoint
ALTER TABLE `etl_runs` ADD `progress_at` text;--> statement-breakpoint
-- Runs from before progress was recorded: their last known progress is when they started or finished.
UPDATE `etl_runs` SET `progress_at` = coalesce(`finished_at`, `started_at`);
