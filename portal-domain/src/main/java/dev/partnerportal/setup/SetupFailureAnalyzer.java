package dev.partnerportal.setup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused set-up into Spring Boot's short "APPLICATION FAILED TO START" report: the problem and the fix. */
class SetupFailureAnalyzer extends AbstractFailureAnalyzer<SetupRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SetupRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
