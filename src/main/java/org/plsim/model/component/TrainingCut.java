package org.plsim.model.component;

import java.util.Map;

/**
 * The settings that leave a component's teacher training (PD hours, coaching) out of its plan, and what that
 * does to the plan besides saving money: what the cost preview prices when a budget scales coverage down.
 *
 * @param settings    keys of the component's block and the values that drop the training (e.g.
 *                    {@code pd_hours_per_teacher: 0})
 * @param consequence one sentence on what the plan loses with it
 */
public record TrainingCut(Map<String, Object> settings, String consequence) {
    public TrainingCut {
        settings = Map.copyOf(settings);
    }
}
