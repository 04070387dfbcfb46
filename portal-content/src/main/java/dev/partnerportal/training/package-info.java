/**
 * Training: courses made of ordered lessons (published content items), learning paths of ordered courses,
 * each person's progress, and quizzes scored on the server whose answer key never leaves it. Passing a quiz
 * asks the certification records below whether it earns a certification.
 */
@NullMarked
package dev.partnerportal.training;

import org.jspecify.annotations.NullMarked;
