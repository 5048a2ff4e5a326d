-- An agent's acting enterprise (user_account.enterprise_id) now stands only while its grant does:
-- revoking a grant clears it in the same transaction, and nothing checks the grant per request any
-- more. Clear what an earlier revocation left behind.
UPDATE user_account SET enterprise_id = NULL
 WHERE role = 'AGENT'
   AND enterprise_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM agent_grant g
                    WHERE g.agent_id = user_account.id AND g.enterprise_id = user_account.enterprise_id);
