-- #17: the steps a type declares after 审核通过 (办理: 制作完成 → 已寄出 → 待领取 → 已领取). A filing counts those done;
-- the step it waits for sits in its role's queue with a deadline (queue_role, due_on), each step an event in its
-- history (action 'fulfilled', stage = the step's index, remark = its datum, e.g. the tracking number).
ALTER TABLE filing ADD COLUMN fulfilled_steps INTEGER DEFAULT 0 NOT NULL;
