import type { JourneyModel } from '../../language/model/journey-model.js';
import { renderView, viewsFor, type ViewName } from '../../language/views/index.js';

export interface RenderedView {
    journey: string;
    view: ViewName;
    text: string;
}

/** Every view that fits every journey of the model. */
export function renderAll(model: JourneyModel): RenderedView[] {
    return model.journeys.flatMap(journey => viewsFor(journey).map(view => ({ journey: journey.name, view, text: renderView(model, journey.name, view) })));
}

/** The reference's big example (section 4) with its persona: a current map, ACCSR. */
export const GIFT = `persona lan "Lan Nguyen" {
  description "28, office worker in Hanoi, shops on her phone"
}

journey gift_purchase "Buying a birthday gift online" {
  type current
  persona lan
  model ACCSR
  goal "Lift checkout completion from 62% to 75%"

  stage awareness "Awareness" {
    touchpoint see_ad "Sees a gift ad while scrolling" {
      channel social
      action "Scrolls Instagram at breakfast"
      thought "That would suit my sister"
      emotion 4 curious
    }
  }

  stage consideration "Consideration" {
    touchpoint compare "Compares three gifts" {
      channel web
      action "Opens three product pages in tabs"
      emotion 3
      pain no_price "Shipping cost is not shown on the product page"
    }
  }

  stage conversion "Conversion" {
    touchpoint checkout "Checks out" {
      channel web
      action "Enters card details"
      thought "Why is it more expensive now?"
      emotion 1 anxious
      pain surprise_fee "A shipping fee appears only at the last step" severity high
      barrier "Cost"
      metric drop_off 38%
      frontstage "Checkout page shows the order total"
      backstage "Pricing service computes shipping"
      support "Payment gateway"
    }
  }

  stage service "Service" {
    touchpoint track "Tracks the parcel" {
      channel email
      emotion 4 relieved
    }
  }

  stage retention "Retention" {
    touchpoint reorder "Buys again for another birthday" {
      channel mobile
      emotion 5 happy
    }
  }

  opportunity show_shipping "Show a shipping estimate on every product page" {
    fixes no_price, surprise_fee
    owner "E-commerce team"
    impact high
  }
}
`;
