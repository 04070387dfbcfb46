/**
 * Certifications: definitions (what earns them and for how long), awards with their lifecycle (active,
 * expiring, expired, revoked), staged expiry reminders and public verification. Courses and quizzes live in
 * the training module above; here they are only stable codes and keys.
 */
@NullMarked
package dev.partnerportal.certification;

import org.jspecify.annotations.NullMarked;
