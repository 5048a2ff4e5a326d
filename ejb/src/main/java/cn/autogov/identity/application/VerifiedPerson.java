package cn.autogov.identity.application;

/**
 * A natural person whose real name was verified (实名认证), as the areas above compare it with what a
 * form says of them: the name and ID number, and where texts reach them.
 */
public record VerifiedPerson(
    Long accountId, String realName, String idNumber, String mobile, String email) {}
