package dev.partnerportal.api;

import dev.partnerportal.relationship.Conversations;
import dev.partnerportal.relationship.Department;
import dev.partnerportal.relationship.EscalationStep;
import dev.partnerportal.relationship.NextStepEntry;
import dev.partnerportal.relationship.NextStepForm;
import dev.partnerportal.relationship.PartnerContactEntry;
import dev.partnerportal.relationship.Person;
import dev.partnerportal.relationship.RelationshipTeam;
import dev.partnerportal.relationship.Side;
import dev.partnerportal.relationship.Team;
import dev.partnerportal.relationship.Topic;
import dev.partnerportal.relationship.TouchpointEntry;
import dev.partnerportal.relationship.TouchpointForm;
import dev.partnerportal.relationship.TouchpointKind;
import dev.partnerportal.relationship.VendorFunction;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's team and touchpoints. Partners only ever see (and partner administrators only log touchpoints for)
 * their own organization; every other id answers 404 and changes nothing.
 */
@RestController
@Tag(name = "Relationship")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class RelationshipController {

    private final RelationshipTeam team;
    private final Conversations conversations;

    RelationshipController(RelationshipTeam team, Conversations conversations) {
        this.team = team;
        this.conversations = conversations;
    }

    /** A person on the team and how to reach them. */
    record PersonView(long userId, String name, String email, @Nullable String phone) {
        static PersonView of(Person person) {
            return new PersonView(person.id().value(), person.name(), person.email(), person.phone());
        }
    }

    record VendorContactView(VendorFunction function, PersonView person) {
    }

    record PartnerContactView(long id, Department department, String name, @Nullable String title, @Nullable String email,
                              @Nullable String phone, @Nullable Long userId) {
        static PartnerContactView of(PartnerContactEntry contact) {
            return new PartnerContactView(contact.id(), contact.department(), contact.name(), contact.title(), contact.email(),
                    contact.phone(), contact.account() == null ? null : contact.account().value());
        }
    }

    record EscalationStepView(int position, EscalationStep step, PersonView person) {
    }

    record BreadthView(Set<Department> departmentsCovered, int departmentsTotal, int partnerPeopleEngaged, int vendorPeople) {
    }

    record TeamView(@Nullable PersonView partnerManager, List<VendorContactView> vendorContacts,
                    List<PartnerContactView> partnerContacts, List<EscalationStepView> escalationPath, BreadthView breadth) {
        static TeamView of(Team team) {
            var breadth = team.breadth();
            return new TeamView(team.partnerManager() == null ? null : PersonView.of(team.partnerManager()),
                    team.vendorContacts().stream().map(c -> new VendorContactView(c.function(), PersonView.of(c.person()))).toList(),
                    team.partnerContacts().stream().map(PartnerContactView::of).toList(),
                    team.escalationPath().stream().map(s -> new EscalationStepView(s.position(), s.step(), PersonView.of(s.person()))).toList(),
                    new BreadthView(breadth.departmentsCovered(), dev.partnerportal.relationship.Breadth.DEPARTMENTS,
                            breadth.partnerPeopleEngaged(), breadth.vendorPeople()));
        }
    }

    record NextStepView(long id, String description, String ownerName, Side ownerSide, LocalDate dueOn, boolean done, boolean overdue) {
        static NextStepView of(NextStepEntry step) {
            return new NextStepView(step.id(), step.description(), step.ownerName(), step.ownerSide(), step.dueOn(), step.done(),
                    step.overdue());
        }
    }

    record TouchpointView(long id, TouchpointKind kind, LocalDate happenedOn, List<Topic> topics, @Nullable String agenda,
                          @Nullable String people, String notes, List<Long> staffAttendees, List<Long> contactAttendees,
                          List<NextStepView> nextSteps) {
        static TouchpointView of(TouchpointEntry t) {
            return new TouchpointView(t.id(), t.kind(), t.happenedOn(), t.topics(), t.agenda(), t.people(), t.notes(),
                    t.staffAttendees().stream().map(UserId::value).toList(), t.contactAttendees(),
                    t.nextSteps().stream().map(NextStepView::of).toList());
        }
    }

    record NextStepRequest(@NotBlank @Size(max = NextStepForm.DESCRIPTION_MAX_LENGTH) String description,
                           @NotBlank @Size(max = NextStepForm.OWNER_MAX_LENGTH) String ownerName,
                           @NotNull Side ownerSide, @NotNull LocalDate dueOn) {
    }

    /** A touchpoint to log; a business review without topics gets the template's, strategy first. */
    record TouchpointRequest(@NotNull TouchpointKind kind, @NotNull LocalDate happenedOn, @Nullable Set<Topic> topics,
                             @Size(max = TouchpointForm.AGENDA_MAX_LENGTH) @Nullable String agenda,
                             @NotBlank @Size(max = TouchpointForm.NOTES_MAX_LENGTH) String notes,
                             @Nullable Set<Long> staffAttendees, @Nullable Set<Long> contactAttendees,
                             @Nullable List<@Valid NextStepRequest> nextSteps) {
        TouchpointForm toForm() {
            return new TouchpointForm(kind, happenedOn, topics == null ? Set.of() : topics, agenda, notes,
                    staffAttendees == null ? Set.of() : staffAttendees.stream().map(UserId::new).collect(Collectors.toSet()),
                    contactAttendees == null ? Set.of() : contactAttendees,
                    nextSteps == null ? List.of() : nextSteps.stream()
                            .map(s -> new NextStepForm(s.description(), s.ownerName(), s.ownerSide(), s.dueOn())).toList());
        }
    }

    @GetMapping("/api/organizations/{id}/team")
    @Operation(summary = "The organization's team: vendor contacts, partner contacts, escalation path and breadth, if the caller may see it")
    TeamView team(@PathVariable long id) {
        return team.team(OrganizationId.of(id)).map(TeamView::of).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/organizations/{id}/touchpoints")
    @Operation(summary = "The organization's touchpoints with topics, attendees and next steps, newest first, if the caller may see them")
    List<TouchpointView> touchpoints(@PathVariable long id) {
        return conversations.touchpoints(OrganizationId.of(id)).orElseThrow(NotFoundException::new).stream()
                .map(TouchpointView::of).toList();
    }

    @PostMapping("/api/organizations/{id}/touchpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a touchpoint (administrators, channel managers, and partner administrators for their own organization)")
    TouchpointView log(@PathVariable long id, @Valid @RequestBody TouchpointRequest request) {
        return TouchpointView.of(conversations.log(OrganizationId.of(id), request.toForm()));
    }
}
