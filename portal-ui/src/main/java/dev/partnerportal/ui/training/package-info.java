/**
 * Training views: partners follow courses and learning paths, read lessons, resume where they stopped and
 * take quizzes; content editors write courses and quizzes.
 */
@NullMarked
package dev.partnerportal.ui.training;

import org.jspecify.annotations.NullMarked;
