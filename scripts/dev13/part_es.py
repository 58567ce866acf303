from common import *  # part es: written blind

add("es-01-acceso-formal",
    "María José García López <mj.garcia.lopez@telefonica.example>",
    "Ejercicio del derecho de acceso",
    """Muy señores míos:

Por medio del presente escrito, y al amparo del artículo 15 del Reglamento (UE) 2016/679 y del artículo
13 de la Ley Orgánica 3/2018, solicito que me faciliten la totalidad de los datos personales que sobre mi
persona figuran en sus ficheros de solvencia, así como las entidades que los han consultado durante los
últimos seis meses.

Datos identificativos:
María José García López
DNI 12345678Z
C/ Alfonso XII, 18, 3º B, 28014 Madrid

Atentamente,
María José García López
""",
    R(["Access"], "mj.garcia.lopez@telefonica.example", "María José", "García López"))

add("es-02-una-linea",
    "eltito_92@yahoo.example",
    "baja",
    "borrad mi cuenta de coches ya\n",
    R(["Erasure"], "eltito_92@yahoo.example"))

add("es-03-deuda-pagada-cp1252",
    "Javier Fernández de la Torre <javier.fdelatorre@movistar.example>",
    "Deuda pagada que sigue apareciendo como impagada",
    """Buenos días:

En su fichero figuro con una deuda “impagada” de 1.120 € con la financiera CrediRápido. Esa deuda la
liquidé el 15 de mayo de 2025 y tengo el certificado de saldo cero que me envió la propia entidad.

Les ruego que actualicen la información para que conste como saldada, porque así no me dan ni una
tarjeta de gasolinera.

Un saludo,
Javier Fernández de la Torre
""",
    R(["Rectification"], "javier.fdelatorre@movistar.example", "Javier", "Fernández de la Torre"),
    ct=CP1252, encode="cp1252")

add("es-04-no-llameis",
    "Lucía Martín Sánchez <lucia.martin.s@gmail.example>",
    "Llamadas comerciales",
    """Hola:

Desde que puse mi Seat Ibiza a la venta en vuestra web no paran de llamarme concesionarios y
financieras. No quiero que uséis mi teléfono para nada comercial ni que se lo paséis a terceros. El
anuncio lo quiero mantener.

Gracias,
Lucía
""",
    R(["Opposition"], "lucia.martin.s@gmail.example", "Lucía", "Martín Sánchez"))

add("es-05-larga-enfadado",
    "Alejandro Ruiz Ortega <alex.ruiz.ortega@hotmail.example>",
    "Estoy harto",
    """A quien corresponda:

Les cuento mi experiencia para que entiendan por qué escribo así. En marzo compré un coche a través de
su plataforma. El vendedor me pidió una señal por transferencia, lo cual ya me pareció raro, pero su web
tenía el sello de "vendedor verificado". Al final el coche tenía cargas y embargo, y perdí 800 euros.
Lo denuncié a la Guardia Civil y a ustedes, y nadie me ha contestado nunca.

Y ahora, para colmo, cada semana me llegan correos suyos con "ofertas personalizadas" y "coches que te
pueden interesar". ¿En serio?

Quiero que me den de baja de todas sus listas de correo y publicidad, y que borren mi ficha de usuario y
todo lo que tengan de mí. No quiero saber nada más de su empresa.

Alejandro Ruiz Ortega
""",
    R(["Opposition", "Erasure"], "alex.ruiz.ortega@hotmail.example", "Alejandro", "Ruiz Ortega"))

add("es-06-decision-maquina",
    "Carmen Rodríguez Pérez <carmen.rodriguez.p@movistar.example>",
    "Denegación automática de financiación",
    """Buenas tardes:

Solicité financiación para un coche en un concesionario y me la denegaron al instante; el comercial me
dijo que "lo decide el sistema con su puntuación de ustedes". No estoy de acuerdo con que una máquina
decida sin más: pido que una persona revise mi caso, poder explicar mi situación e impugnar esa decisión.

Atentamente,
Carmen Rodríguez Pérez
""",
    R(["AutomatedDecision"], "carmen.rodriguez.p@movistar.example", "Carmen", "Rodríguez Pérez"))

add("es-07-llevarme-datos-html",
    "Pablo Jiménez Navarro <pablo.jimenez.n@gmail.example>",
    "Exportar mis anuncios y valoraciones",
    html("Hola equipo,",
         "Me voy a otra web de compraventa de coches y me gustaría llevarme mis anuncios, "
         "mensajes y valoraciones en un archivo que pueda importar allí (CSV, JSON&hellip;). "
         "Si podéis mandárselo directamente a ellos, mejor.",
         "Un saludo,<br>Pablo Jiménez"),
    R(["Portability"], "pablo.jimenez.n@gmail.example", "Pablo", "Jiménez Navarro"), ct=HTML)

add("es-08-preguntas",
    "Marta Gómez Iglesias <marta.gomez.iglesias@telefonica.example>",
    "Dudas sobre el uso de datos",
    """Hola,

Tengo algunas dudas antes de aceptar que el banco consulte sus ficheros: ¿a qué tipo de empresas ceden
ustedes los datos?, ¿durante cuánto tiempo conservan una deuda ya pagada?, ¿los servidores están en
España o fuera de la UE?

No necesito mis datos, solo entender cómo funciona.

Gracias,
Marta Gómez Iglesias
""",
    R(["Information"], "marta.gomez.iglesias@telefonica.example", "Marta", "Gómez Iglesias"))

add("es-09-limitar-reclamacion",
    "Diego Álvarez Castro <diego.alvarez.castro@gmail.example>",
    "Reclamación en curso - limitación del tratamiento",
    """Estimados señores:

Tengo presentada una reclamación ante el Banco de España contra la entidad FinanMotor por una deuda que
considero improcedente. Mientras se resuelve, solicito la limitación del tratamiento de ese dato: que no
lo eliminen, pero que tampoco se muestre a terceros ni se use para calcular mi puntuación.

Referencia de la reclamación: R-202611-00871.

Un saludo,
Diego Álvarez Castro
""",
    R(["Restriction"], "diego.alvarez.castro@gmail.example", "Diego", "Álvarez Castro"))

add("es-10-abogado",
    "Fernando Ibáñez Soler <fibanez@ibanez-abogados.example>",
    "Dña. Rocío Herrera Campos - acceso y rectificación",
    """Muy señores nuestros:

Actuamos en nombre y representación de Dña. Rocío Herrera Campos, con DNI 87654321X, según poder que se
adjunta. Nuestra representada ha detectado que en sus ficheros consta un domicilio y un estado civil
erróneos.

Por ello solicitamos: (i) copia íntegra de los datos de nuestra representada que obran en su poder, y
(ii) la rectificación de los datos inexactos conforme al artículo 16 RGPD, constando como domicilio
actual Avda. de la Constitución 7, 41001 Sevilla.

Atentamente,

Fernando Ibáñez Soler
Abogado - Colegiado nº 8.432 ICAS
Ibáñez Abogados
""",
    R(["Access", "Rectification"], "fibanez@ibanez-abogados.example", "Rocío", "Herrera Campos",
      representative="Fernando Ibáñez Soler"))

add("es-11-reenvio-companera",
    "Raquel Serrano <raquel.serrano@acme-corp.example>",
    "RV: perfiles",
    """Hola, os reenvío esto que ha llegado a atención al cliente. Gracias!
Raquel Serrano - Atención al Cliente

---------- Mensaje reenviado ---------
De: Nuria Vidal Puig <nuria.vidal.puig@telefonica.example>
Fecha: dom, 15 nov 2026 a las 12:30
Asunto: perfiles
Para: atencion@acme-corp.example

Bon dia. No quiero que hagáis perfiles con lo que busco en vuestra web para recomendarme coches ni para
pasarlo a anunciantes. La cuenta la quiero seguir usando.
Nuria Vidal
""",
    R(["Opposition"], "nuria.vidal.puig@telefonica.example", "Nuria", "Vidal Puig"))

add("es-12-adjunto-baja",
    "Óscar Navarro <oscar.navarro@acme-corp.example>",
    "RV: Eliminar cuenta",
    "",
    R(["Erasure"], "inigo.etxeberria@euskaltel.example", "Íñigo", "Etxeberria Goikoetxea"),
    attached=("Íñigo Etxeberria Goikoetxea <inigo.etxeberria@euskaltel.example>", "Eliminar cuenta",
              """Kaixo,
Ya vendí el coche y no voy a usar más la plataforma. Quiero que eliminéis mi cuenta con todos mis
datos, fotos del DNI incluidas.
Eskerrik asko,
Íñigo Etxeberria
"""),
    note="Os lo paso como adjunto. Óscar")

add("es-13-mayusculas",
    "SERGIO MORALES DELGADO <sergio.morales.d@yahoo.example>",
    "MIS DATOS",
    """QUIERO SABER QUE DATOS TENEIS DE MI Y QUE ME LOS MANDEIS TODOS POR ESCRITO. YA.
SERGIO MORALES
""",
    R(["Access"], "sergio.morales.d@yahoo.example", "Sergio", "Morales Delgado"))

add("es-14-no-borrar-cambiar-email",
    "Beatriz Santos Mora <bea.santos.mora@gmail.example>",
    "Cambiar datos de contacto",
    """Hola! No quiero que borréis mi cuenta ni nada parecido, solo que actualicéis el teléfono (ahora
es 612 345 678) y el correo de contacto, que ahora es este. El antiguo ya no existe y no puedo cambiarlo
desde el perfil.

Bea

Enviado desde mi móvil Huawei
""",
    R(["Rectification"], "bea.santos.mora@gmail.example", "Beatriz", "Santos Mora"))

add("es-15-familia-replyto",
    "Familia Torres Vega <familia.torresvega@telefonica.example>",
    "Datos que tienen sobre mí",
    """Buenas,

Quisiera saber qué información personal mía guardan y de dónde la han obtenido, porque nunca he sido
cliente suyo. Respóndanme, por favor, a mi correo personal.

Inmaculada Torres Vega
""",
    R(["Access", "Information"], "inma.torres@gmail.example", "Inmaculada", "Torres Vega"),
    headers=["Reply-To: Inma Torres <inma.torres@gmail.example>"])

add("es-16-tasacion",
    "Raúl Domínguez Gil <raul.dominguez.gil@hotmail.example>",
    "Tasación",
    """Hola, ¿hacéis tasación de coches antes de publicar el anuncio? Tengo un Audi A3 de 2018 y no sé qué
precio poner. Gracias. Raúl
""",
    R(["Unknown"], "raul.dominguez.gil@hotmail.example", "Raúl", "Domínguez Gil"))

add("es-17-madre-hijo",
    "Elena Romero Blanco <elena.romero.blanco@movistar.example>",
    "Cuenta de mi hijo menor de edad",
    """Buenos días:

Mi hijo Hugo Castillo Romero, de 15 años, se ha abierto una cuenta en su portal de coches sin nuestro
permiso, con su correo hugo.cr2011@gmail.example. Como madre y representante legal, les pido que la
cancelen y supriman todos sus datos.

Puedo acreditar la filiación con el libro de familia.

Elena Romero Blanco
""",
    R(["Erasure"], "elena.romero.blanco@movistar.example", "Hugo", "Castillo Romero",
      representative="Elena Romero Blanco"))

add("es-18-faltas",
    "Yeray Suárez <yeray_sr@hotmail.example>",
    "pq teneis mis datos",
    "ola kiero saver por q teneis mis datos si yo nunca e echo nada con vosotros y quien os los a dado\n",
    R(["Information"], "yeray_sr@hotmail.example", "Yeray", "Suárez"))

add("es-19-testamento-digital",
    "Teresa Molina Ferrer <teresa.molina.ferrer@telefonica.example>",
    "Testamento digital",
    """Estimados señores:

Estoy preparando mi testamento digital. Les comunico mi voluntad de que, cuando fallezca, mis datos y
mi cuenta en su plataforma se eliminen, y designo a mi sobrino, D. Álvaro Molina Ruiz, como persona
encargada de solicitarlo. Les ruego que dejen constancia de estas instrucciones y me lo confirmen.

Atentamente,
Teresa Molina Ferrer
""",
    R(["AdvanceDirectives"], "teresa.molina.ferrer@telefonica.example", "Teresa", "Molina Ferrer"))

add("es-20-task-encargado",
    "Alberto Cano <alberto.cano@acme-corp.example>",
    "Contrato de encargado - nuevo call center",
    """Hola,

Vamos a externalizar parte de la atención telefónica a TeleSoporte Levante. Necesito que reviséis el
contrato de encargado del tratamiento antes de firmarlo (adjunto el borrador). Fecha objetivo: 1 de
diciembre.

Gracias,
Alberto Cano
Director de Operaciones
""",
    TASK("alberto.cano@acme-corp.example", "Alberto", "Cano"))

add("es-21-task-eipd-video",
    "Silvia Prieto <silvia.prieto@acme-corp.example>",
    "EIPD verificación por videollamada",
    """Buenas,

Queremos lanzar la verificación de identidad por videollamada para compradores de coches. Entiendo que
hay datos biométricos por medio. ¿Podéis hacer la evaluación de impacto? Tenemos reunión de lanzamiento
el día 25.

Silvia Prieto
Product Manager
""",
    TASK("silvia.prieto@acme-corp.example", "Silvia", "Prieto"))

add("es-22-task-registro",
    "Jorge Lozano <jorge.lozano@acme-corp.example>",
    "Registro de actividades - CRM nuevo",
    """Hola equipo de privacidad, migramos el CRM comercial a otra herramienta en enero. ¿Podéis actualizar
el registro de actividades de tratamiento y decirme si hay que avisar a alguien? Jorge Lozano, IT
""",
    TASK("jorge.lozano@acme-corp.example", "Jorge", "Lozano"))

add("es-23-inc-whatsapp",
    "Noelia Ortiz <noelia.ortiz@acme-corp.example>",
    "He enviado un informe a quien no era",
    """Hola,

Esta mañana, atendiendo por WhatsApp Business, he enviado el informe de solvencia de una clienta a otro
cliente con un número casi igual. Me he dado cuenta a los diez minutos y le he pedido que lo borre; dice
que lo ha hecho. ¿Qué tengo que hacer ahora?

Noelia Ortiz
""",
    INC("noelia.ortiz@acme-corp.example", "Noelia", "Ortiz"))

add("es-24-inc-carta-ajena",
    "Manuel Herrero Sanz <manuel.herrero.sanz@gmail.example>",
    "Me ha llegado una carta de otra persona",
    """Buenos días:

He recibido en mi buzón una carta suya dirigida a mi nombre, pero dentro venía el informe de deudas de
otra persona (una señora de Zaragoza, con su DNI y sus préstamos). Entiendo que se han mezclado sobres.
Tengo la carta guardada, díganme qué hago con ella.

Manuel Herrero
""",
    INC("manuel.herrero.sanz@gmail.example", "Manuel", "Herrero Sanz"))

add("es-25-inc-proveedor-ataque",
    "Ignacio Vega <ignacio.vega@acme-corp.example>",
    "Aviso del proveedor de SMS: incidente de seguridad",
    """Buenas tardes,

El proveedor de envío de SMS (MensaPlus) nos acaba de comunicar que ha sufrido un ataque de ransomware y
que no descartan acceso a las listas de teléfonos de clientes de todos sus clientes, incluidos los
nuestros (recordatorios de la plataforma de coches). Os reenvío su comunicado.

Ignacio Vega
Responsable de Seguridad TI
""",
    INC("ignacio.vega@acme-corp.example", "Ignacio", "Vega"))

add("es-26-fu-dsr",
    "Antonio Pascual Rey <antonio.pascual.rey@yahoo.example>",
    "RE: [DSR-72290] Hemos recibido su solicitud",
    """Buenos días, ¿tienen ya respuesta? Ha pasado más de un mes.

Antonio Pascual

El 5/10/2026, privacy@acme-corp.example escribió:
> Su solicitud ha quedado registrada con la referencia [DSR-72290].
> Le responderemos en el plazo de un mes.
""",
    FU("72290", "antonio.pascual.rey@yahoo.example", "Antonio", "Pascual Rey"))

add("es-27-fu-formato",
    "Pablo Jiménez Navarro <pablo.jimenez.n@gmail.example>",
    "Re: Exportar mis anuncios y valoraciones",
    """Perdón, se me olvidó: el nombre de usuario es pablojn_coches. Gracias.
""",
    FU(ref("es-07-llevarme-datos-html"), "pablo.jimenez.n@gmail.example", "Pablo", "Jiménez Navarro"),
    headers=irt("es-07-llevarme-datos-html"))

add("es-28-spam-prestamo",
    "Préstamos Express <ofertas@prestamos-express.example>",
    "Préstamo sin consultar ficheros de morosos - aprobado en 5 minutos",
    """¡Hola!

¿Estás en un fichero de morosos? ¡No importa! Te prestamos hasta 5.000 € sin preguntas. Y además te
ayudamos a BORRAR tus datos de todos los ficheros de solvencia. Solo tienes que rellenar el formulario:

http://prestamos-express.example/solicitar
""",
    IGN("spam", "ofertas@prestamos-express.example"), headers=SPAM_HDR)

add("es-29-spam-posicionamiento",
    "Lorena <lorena.seo@marketing-top.example>",
    "Propuesta para acme-corp.example",
    """Hola,

He visto su web y creo que podría mejorar mucho su posicionamiento. Ofrecemos enlaces de calidad y
artículos patrocinados a precios muy competitivos. ¿Le envío nuestras tarifas?

Saludos,
Lorena
""",
    IGN("spam", "lorena.seo@marketing-top.example"))

add("es-30-fuera-oficina",
    "Cristina Lara <cristina.lara@finanmotor.example>",
    "Respuesta automática: Fuera de la oficina",
    """Estaré fuera de la oficina hasta el 24 de noviembre. Para asuntos urgentes, escriba a
dpo@finanmotor.example.
""",
    IGN("auto_reply", "cristina.lara@finanmotor.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-31-boletin",
    "Asociación de Vehículos de Ocasión <boletin@avo-asociacion.example>",
    "Boletín AVO - noviembre 2026",
    """BOLETÍN AVO

- El precio del vehículo de ocasión sube un 3 % en octubre
- Nueva normativa de etiquetas medioambientales
- Jornada técnica en Valencia el 2 de diciembre

Para darse de baja de este boletín, pulse aquí.
""",
    IGN("bulk", "boletin@avo-asociacion.example"),
    headers=["List-Id: Boletin AVO <boletin.avo-asociacion.example>",
             "List-Unsubscribe: <https://avo-asociacion.example/baja>",
             "Precedence: list"])
